package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Backends;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The guide's top-level {@code brain} read as what it means in OpenClaw
 * (docs/openclaw/guide-shapes.md#brain): {@code brain.provider} + {@code brain.model} become the defaults' primary
 * reference, {@code brain.fallbacks} (or the singular {@code fallback}) its fallbacks, and
 * {@code brain.local.{endpoint,model,type}} a provider entry.
 *
 * <p>The id of the {@code brain.local} provider comes from its {@code type}: {@code ollama} gives
 * {@code ollama}; another type naming a server with a built-in id ({@code lmstudio}, {@code vllm},
 * {@code sglang}, {@code litellm}) gives that id, as does the default port of its endpoint; anything
 * else gives {@code local}, the name the guide itself uses.
 */
final class BrainMapping {
    /** The provider id used when neither the type nor the endpoint names a built-in server. */
    static final String FALLBACK_LOCAL_ID = "local";

    private final Document doc;
    private final @Nullable ObjectNode brain;

    BrainMapping(Document doc) {
        this.doc = doc;
        ObjectNode root = doc.rootObject();
        this.brain = root == null ? null : root.object("brain");
    }

    /** Whether the document has a {@code brain} object. */
    boolean present() {
        return brain != null;
    }

    /** {@code brain.local}, when it is an object. */
    @Nullable ObjectNode local() {
        return brain == null ? null : brain.object("local");
    }

    /** The provider id {@code brain.local} becomes (see the class comment), or null without {@code brain.local}. */
    @Nullable String localProviderId() {
        ObjectNode local = local();
        if (local == null) {
            return null;
        }
        String type = local.string("type");
        if (type != null && Backends.apiForType(type).equals("ollama")) {
            return "ollama";
        }
        Backend named = Backends.fromName(type);
        if (named == null) {
            named = Backends.fromPort(Hosts.port(local.string("endpoint")));
        }
        String builtIn = named == null ? null : named.builtInId();
        return builtIn != null ? builtIn : FALLBACK_LOCAL_ID;
    }

    /** The primary reference {@code brain} stands for, or null when it names no model. */
    @Nullable RefSource primary() {
        if (brain == null) {
            return null;
        }
        ObjectNode local = local();
        StringNode model = brain.get("model") instanceof StringNode s ? s
                : local != null && local.get("model") instanceof StringNode s2 ? s2 : null;
        if (model == null) {
            return null;
        }
        String provider = brain.string("provider");
        String localId = localProviderId();
        if (FALLBACK_LOCAL_ID.equals(provider) && localId != null) {
            provider = localId;
        }
        String m = model.value();
        String ref = provider == null || m.startsWith(provider + "/") ? m : provider + "/" + m;
        return new RefSource(m, ref, Origins.migrated(doc, model));
    }

    /** The fallbacks {@code brain.fallbacks} (or {@code brain.fallback}) stands for, in order. */
    List<RefSource> fallbacks() {
        List<RefSource> out = new ArrayList<>();
        if (brain == null) {
            return out;
        }
        Node written = brain.has("fallbacks") ? brain.get("fallbacks") : brain.get("fallback");
        if (written instanceof StringNode s) {
            out.add(RefSource.of(s.value(), Origins.migrated(doc, s)));
        } else if (written instanceof ArrayNode a) {
            for (Node e : a.elements()) {
                if (e instanceof StringNode s) {
                    out.add(RefSource.of(s.value(), Origins.migrated(doc, s)));
                }
            }
        }
        return out;
    }
}
