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
 * else gives {@code local}, the name the guide itself uses. The {@code legacy-brain} fix writes what
 * the static methods here say, so {@code clawlint fix} and {@code clawlint resolve} agree.
 */
public final class BrainMapping {
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
        return local == null ? null : localProviderId(local);
    }

    /**
     * The provider id a {@code brain.local} object becomes: {@code ollama} when its {@code type} says
     * Ollama; else the built-in id of the server its {@code type} names, or of the server whose default
     * port its {@code endpoint} uses; else {@code local} (docs/openclaw/guide-shapes.md#brain).
     */
    public static String localProviderId(ObjectNode local) {
        String type = local.string("type");
        if (type != null && "ollama".equals(Backends.apiNamedByType(type))) {
            return "ollama";
        }
        Backend named = Backends.fromName(type);
        if (named == null) {
            named = Backends.fromPort(Hosts.port(local.string("endpoint")));
        }
        String builtIn = named == null ? null : named.builtInId();
        return builtIn != null ? builtIn : FALLBACK_LOCAL_ID;
    }

    /**
     * The {@code api} of the provider a {@code brain.local} object becomes: what its {@code type} names,
     * else what the server on the endpoint's default port needs (LM Studio on 1234 wants
     * {@code openai-completions}, docs/openclaw/local-backends.md), else null (OpenClaw's default applies).
     */
    public static @Nullable String localApi(ObjectNode local) {
        String type = local.string("type");
        if (type != null) {
            return Backends.apiNamedByType(type);
        }
        Backend byPort = Backends.fromPort(Hosts.port(local.string("endpoint")));
        return byPort == null || byPort.recommendedApi().isEmpty() ? null : byPort.recommendedApi();
    }

    /**
     * The primary reference a {@code brain} object stands for, or null when it names no model:
     * {@code brain.model} (else {@code brain.local.model}) prefixed with {@code brain.provider}, where
     * {@code "local"} or no provider beside a {@code brain.local} means the provider {@code brain.local}
     * becomes; a model already starting with its provider is not prefixed twice.
     */
    public static @Nullable String primaryRef(ObjectNode brain) {
        StringNode model = modelNode(brain);
        return model == null ? null : prefixed(brain, model.value());
    }

    private static @Nullable StringNode modelNode(ObjectNode brain) {
        ObjectNode local = brain.object("local");
        return brain.get("model") instanceof StringNode s ? s
                : local != null && local.get("model") instanceof StringNode s2 ? s2 : null;
    }

    private static String prefixed(ObjectNode brain, String m) {
        String provider = brain.string("provider");
        ObjectNode local = brain.object("local");
        if (local != null && (provider == null || FALLBACK_LOCAL_ID.equals(provider))) {
            provider = localProviderId(local);
        }
        return provider == null || m.startsWith(provider + "/") ? m : provider + "/" + m;
    }

    /** The primary reference {@code brain} stands for, or null when it names no model. */
    @Nullable RefSource primary() {
        StringNode model = brain == null ? null : modelNode(brain);
        if (brain == null || model == null) {
            return null;
        }
        return new RefSource(model.value(), prefixed(brain, model.value()), Origins.migrated(doc, model));
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
