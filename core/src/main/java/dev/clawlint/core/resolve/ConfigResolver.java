package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns a loaded document into the {@link EffectiveConfig} OpenClaw will run for a target release:
 * the guide's shapes mapped to canonical ones, the target's defaults applied, {@code models.mode}
 * honoured, and every model reference resolved. Never fails: what cannot be resolved is marked so.
 */
public final class ConfigResolver {
    private ConfigResolver() {}

    /**
     * Resolves a document.
     *
     * @param document the loaded document (after {@code $include} and {@code ${VAR}} substitution)
     * @param target the OpenClaw release whose shapes and defaults apply
     * @param environment the environment the document was substituted against; values that contain
     *     the value of a secret-looking variable are kept secret even where the config does not say
     *     they came from it
     */
    public static EffectiveConfig resolve(Document document, TargetVersion target, Environment environment) {
        ObjectNode root = document.rootObject();
        ObjectNode models = root == null ? null : root.object("models");
        Values values = new Values(document, target, environment);

        Valued<String> mode = models == null ? null : values.string(models, "mode");
        if (mode == null) {
            mode = values.byDefault("merge", "\"merge\": the configured providers are merged over OpenClaw's built-in ones");
        }

        Map<String, EffectiveProvider> providers = new LinkedHashMap<>();
        ProviderResolver providerResolver = new ProviderResolver(document, target, values);
        ObjectNode written = models == null ? null : models.object("providers");
        if (written != null) {
            for (Member m : written.effectiveMembers()) {
                if (m.value() instanceof ObjectNode p) {
                    providers.put(m.key(), providerResolver.resolve(m.key(), p));
                }
            }
        }
        BrainMapping brain = new BrainMapping(document);
        ObjectNode local = brain.local();
        String localId = brain.localProviderId();
        if (local != null && localId != null && !providers.containsKey(localId)) {
            providers.put(localId, providerResolver.resolveBrainLocal(localId, local));
        }

        ObjectNode agentsNode = root == null ? null : root.object("agents");
        ObjectNode defaults = agentsNode == null ? null : agentsNode.object("defaults");
        ObjectNode catalog = defaults == null ? null : defaults.object("models");
        Aliases aliases = new Aliases();
        List<RefSource> catalogKeys = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, RefSource> keySources = new LinkedHashMap<>();
        if (catalog != null) {
            for (Member m : catalog.effectiveMembers()) {
                String pointer = document.pointerOf(m.value());
                RefSource key = RefSource.of(m.key(), new Origin.Written(pointer, m.keySpan()));
                catalogKeys.add(key);
                keySources.put(m.key(), key);
                keys.add(m.key());
                if (m.value() instanceof ObjectNode entry && entry.get("alias") instanceof StringNode alias) {
                    aliases.add(alias.value(), m.key());
                }
            }
        }

        RefResolver refs = new RefResolver(providers, !"replace".equals(mode.value()), aliases, keys, target);
        List<EffectiveAgent> agents = new AgentResolver(document, target, refs, brain, providers, catalogKeys).resolve();
        List<ModelRef> catalogEntries = new ArrayList<>();
        for (RefSource key : catalogKeys) {
            catalogEntries.add(refs.resolve(key, ModelUse.CATALOG_ENTRY, EffectiveAgent.DEFAULTS));
        }
        Map<String, String> resolvedAliases = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : aliases.asMap().entrySet()) {
            // the key an alias stands for is itself a reference (a bare key goes through the bare-id rule)
            RefSource key = keySources.get(a.getValue());
            if (key != null) {
                resolvedAliases.put(a.getKey(), refs.resolveIgnoringAliases(key).ref());
            }
        }
        return new EffectiveConfig(target, mode, providers, agents, catalogEntries, resolvedAliases,
                settings(values, agentsNode, defaults), imageModels(document, refs, defaults));
    }

    /**
     * {@code agents.defaults.imageModel} (a string is a primary, an object {@code {primary, fallbacks}}): the
     * primary as {@link ModelUse#PRIMARY}, the fallbacks as {@link ModelUse#FALLBACK}, in written order.
     */
    private static List<ModelRef> imageModels(Document document, RefResolver refs, @Nullable ObjectNode defaults) {
        @Nullable Node image = defaults == null ? null : defaults.get("imageModel");
        List<ModelRef> out = new ArrayList<>();
        @Nullable Node primary = image instanceof ObjectNode o ? o.get("primary") : image;
        if (primary instanceof StringNode s) {
            out.add(refs.resolve(RefSource.of(s.value(), Origins.of(document, s)), ModelUse.PRIMARY, EffectiveAgent.DEFAULTS));
        }
        if (image instanceof ObjectNode o && o.get("fallbacks") instanceof ArrayNode a) {
            for (Node e : a.elements()) {
                if (e instanceof StringNode s) {
                    out.add(refs.resolve(RefSource.of(s.value(), Origins.of(document, s)), ModelUse.FALLBACK,
                            EffectiveAgent.DEFAULTS));
                }
            }
        }
        return out;
    }

    private static AgentSettings settings(Values values, @Nullable ObjectNode agents, @Nullable ObjectNode defaults) {
        ObjectNode system = defaults == null ? null : defaults.object("systemAgent");
        ObjectNode heartbeat = defaults == null ? null : defaults.object("heartbeat");
        return new AgentSettings(
                agents == null ? null : values.string(agents, "ownership"),
                system == null ? null : values.string(system, "agentId"),
                heartbeat == null ? null : values.string(heartbeat, "agentId"),
                defaults == null ? null : values.number(defaults, "timeoutSeconds"));
    }
}
