package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves {@code agents}: the defaults' model and heartbeat (or the guide's {@code brain} and
 * top-level {@code heartbeat} they stand for), then each agent of {@code agents.entries} (and of
 * {@code agents.list}, which 2026.8+ moves there).
 *
 * <p>How an agent's {@code model} is read (docs/openclaw/model-resolution.md#per-agent-models-string-vs-object-fallback-inheritance):
 * absent, the agent uses the defaults' primary and fallbacks; a string, and an object with a
 * {@code primary} but no {@code fallbacks}, are a strict primary without fallbacks; an object with only
 * {@code fallbacks} keeps the defaults' primary. When nothing names a primary, OpenClaw takes the first
 * configured model row, else its built-in default model. An agent's own {@code heartbeat} is merged over
 * the defaults' one; if any agent has its own {@code heartbeat}, only those agents run heartbeats, else
 * {@code agents.defaults.heartbeat.agentId} names the one agent that does.
 */
final class AgentResolver {
    private final Document doc;
    private final TargetVersion target;
    private final RefResolver refs;
    private final BrainMapping brain;
    private final Map<String, EffectiveProvider> providers;
    private final List<RefSource> catalogKeys;

    AgentResolver(Document doc, TargetVersion target, RefResolver refs, BrainMapping brain,
            Map<String, EffectiveProvider> providers, List<RefSource> catalogKeys) {
        this.doc = doc;
        this.target = target;
        this.refs = refs;
        this.brain = brain;
        this.providers = providers;
        this.catalogKeys = catalogKeys;
    }

    List<EffectiveAgent> resolve() {
        ObjectNode root = doc.rootObject();
        ObjectNode agents = root == null ? null : root.object("agents");
        ObjectNode defaults = agents == null ? null : agents.object("defaults");

        ModelChoice defaultChoice = defaultModel(defaults);
        RefSource defaultHeartbeat = defaultHeartbeat(root, defaults);
        ObjectNode defaultHeartbeatBlock = defaults == null ? null : defaults.object("heartbeat");
        Valued<String> defaultEvery = every(defaultHeartbeatBlock);
        String heartbeatAgent = defaultHeartbeatBlock != null && defaultHeartbeatBlock.get("agentId") instanceof StringNode a
                ? a.value() : null;
        List<Valued<String>> defaultAllow = allowlist(root, defaults, null);

        List<WrittenAgent> written = writtenAgents(agents);
        boolean anyOwnHeartbeat = written.stream().anyMatch(a -> a.body.has("heartbeat"));
        boolean namedRunner = heartbeatAgent != null && !written.isEmpty();

        List<EffectiveAgent> out = new ArrayList<>();
        String defaultsPointer = defaults == null ? null : doc.pointerOf(defaults);
        boolean defaultsRun = !anyOwnHeartbeat && !namedRunner;
        Valued<Double> defaultContextTokens = contextTokens(defaults, false);
        RefSource defaultSubagent = subagentModel(defaults, false);
        out.add(agent(EffectiveAgent.DEFAULTS, defaultsPointer, null, defaultChoice != null, defaultChoice,
                defaultHeartbeat, defaultsRun, defaultEvery, defaultAllow, false,
                defaultHeartbeatBlock == null ? null : Origins.of(doc, defaultHeartbeatBlock), false,
                defaultContextTokens, defaultSubagent));
        for (WrittenAgent a : written) {
            ModelChoice own = modelChoice(a.body.get("model"), a.migrated);
            ModelChoice effective = inherit(own, defaultChoice);
            RefSource heartbeat = defaultHeartbeat;
            Valued<String> every = defaultEvery;
            ObjectNode hb = a.body.object("heartbeat");
            if (hb != null && hb.get("model") instanceof StringNode m) {
                heartbeat = RefSource.of(m.value(), origin(m, a.migrated));
            }
            if (hb != null && every(hb) != null) {
                every = every(hb);
            }
            boolean runs = anyOwnHeartbeat ? a.body.has("heartbeat") : !namedRunner || a.id.equals(heartbeatAgent);
            ObjectNode ownPolicy = a.body.object("modelPolicy");
            // an agent's own modelPolicy.allow replaces the defaults' allowlist
            List<Valued<String>> allow = ownPolicy != null && ownPolicy.has("allow") ? allowlist(root, defaults, a.body) : defaultAllow;
            boolean markedDefault = a.body.get("default") instanceof BooleanNode d && d.value();
            // a string model is read with an empty chain; an object is strict when it writes no fallbacks key
            boolean strict = own != null && own.primary != null && (a.body.get("model") instanceof StringNode || !own.setsFallbacks);
            Valued<Double> contextTokens = contextTokens(a.body, a.migrated);
            RefSource subagent = subagentModel(a.body, a.migrated);
            out.add(agent(a.id, doc.pointerOf(a.body), a.idOrigin, own != null, effective, runs ? heartbeat : null, runs,
                    runs ? every : null, allow, markedDefault, hb == null ? null : origin(hb, a.migrated), strict,
                    contextTokens != null ? contextTokens : defaultContextTokens, subagent != null ? subagent : defaultSubagent));
        }
        return out;
    }

    private EffectiveAgent agent(String id, @Nullable String pointer, @Nullable Origin origin, boolean ownModel,
            @Nullable ModelChoice choice, @Nullable RefSource heartbeat, boolean heartbeatRuns,
            @Nullable Valued<String> every, List<Valued<String>> allowlist, boolean markedDefault,
            @Nullable Origin ownHeartbeat, boolean strictModel, @Nullable Valued<Double> contextTokens,
            @Nullable RefSource subagent) {
        ModelRef primary = choice == null || choice.primary == null ? unnamedPrimary(id)
                : refs.resolve(choice.primary, ModelUse.PRIMARY, id);
        List<ModelRef> fallbacks = new ArrayList<>();
        if (choice != null) {
            for (RefSource f : choice.fallbacks) {
                fallbacks.add(refs.resolve(f, ModelUse.FALLBACK, id));
            }
        }
        ModelRef hb = heartbeat == null ? null : refs.resolve(heartbeat, ModelUse.HEARTBEAT, id, primary.providerId());
        ModelRef sub = subagent == null ? null : refs.resolve(subagent, ModelUse.SUBAGENT, id);
        return new EffectiveAgent(id, pointer, origin, ownModel, primary, fallbacks, hb, heartbeatRuns, every, allowlist,
                markedDefault, ownHeartbeat, strictModel, contextTokens, sub);
    }

    /**
     * The primary OpenClaw picks when nothing names one: the first configured model row (from 2026.3 on,
     * {@link ReleaseModelDefaults.Facts#firstRowWithoutPrimary}), else its built-in default model
     * ({@code resolveConfiguredPrimaryProviderFallback}).
     */
    private ModelRef unnamedPrimary(String agentId) {
        for (EffectiveProvider p : ReleaseModelDefaults.of(target).firstRowWithoutPrimary() ? providers.values()
                : List.<EffectiveProvider>of()) {
            if (!p.models().isEmpty()) {
                EffectiveModel first = p.models().get(0);
                Origin why = new Origin.Default(target.toString(), first.ref() + ": no primary model is set, so OpenClaw "
                        + "takes the first configured model row");
                return new ModelRef(first.ref(), first.ref(), why, ModelUse.PRIMARY, agentId, ModelRef.Status.CONFIGURED,
                        p, first, "", ModelRef.Inference.FIRST_CONFIGURED_ROW);
            }
        }
        String model = ReleaseModelDefaults.builtInDefaultModel(target);
        Origin why = new Origin.Default(target.toString(), model + ": no primary model is set and no model row is "
                + "configured, so OpenClaw uses its built-in default model");
        ModelRef resolved = refs.resolve(new RefSource(model, model, why), ModelUse.PRIMARY, agentId);
        return new ModelRef(resolved.written(), resolved.ref(), why, ModelUse.PRIMARY, agentId, resolved.status(),
                resolved.provider(), resolved.model(), resolved.reason(), ModelRef.Inference.BUILT_IN_DEFAULT);
    }

    /**
     * The allowlist (docs/openclaw/model-resolution.md#the-allowlist-allowed): the agent's
     * {@code modelPolicy.allow}, else {@code agents.defaults.modelPolicy.allow}, else (without any
     * {@code agents.defaults.modelPolicy} and without the migration marker) the keys of
     * {@code agents.defaults.models}; empty means any model.
     */
    private List<Valued<String>> allowlist(@Nullable ObjectNode root, @Nullable ObjectNode defaults, @Nullable ObjectNode agent) {
        ObjectNode policy = agent != null ? agent.object("modelPolicy") : defaults == null ? null : defaults.object("modelPolicy");
        List<Valued<String>> out = new ArrayList<>();
        if (policy != null && policy.has("allow")) {
            if (policy.get("allow") instanceof ArrayNode allow) {
                for (Node e : allow.elements()) {
                    if (e instanceof StringNode s) {
                        out.add(allowEntry(s.value(), Origins.of(doc, s)));
                    }
                }
            }
            return out;
        }
        if (policy != null || defaults != null && defaults.has("modelPolicy") || migratedAllowlist(root)) {
            return out;
        }
        for (RefSource key : catalogKeys) {
            out.add(allowEntry(key.ref(), key.origin()));
        }
        return out;
    }

    private Valued<String> allowEntry(String entry, Origin origin) {
        String trimmed = entry.trim();
        int slash = trimmed.indexOf('/');
        if (trimmed.endsWith("/*") && slash > 0) {
            return Valued.of(BuiltInProviders.normalize(trimmed.substring(0, slash)) + trimmed.substring(slash), origin);
        }
        return Valued.of(refs.resolve(RefSource.of(entry, origin), ModelUse.CATALOG_ENTRY, EffectiveAgent.DEFAULTS).ref(),
                origin);
    }

    /** {@code meta.migrations.modelPolicyAllowlist: true}: the legacy map no longer acts as an allowlist. */
    private static boolean migratedAllowlist(@Nullable ObjectNode root) {
        ObjectNode meta = root == null ? null : root.object("meta");
        ObjectNode migrations = meta == null ? null : meta.object("migrations");
        return migrations != null && migrations.get("modelPolicyAllowlist") instanceof BooleanNode b && b.value();
    }

    private @Nullable Valued<String> every(@Nullable ObjectNode heartbeat) {
        return heartbeat != null && heartbeat.get("every") instanceof StringNode s ? Valued.of(s.value(), Origins.of(doc, s)) : null;
    }

    /**
     * A written {@code contextTokens} of the defaults or an agent, or null: none is written, or the target
     * removes the agent-level key on load (2026.8+).
     */
    private @Nullable Valued<Double> contextTokens(@Nullable ObjectNode body, boolean migrated) {
        if (body == null || target.atLeast(TargetVersion.AGENT_CONTEXT_TOKENS_REMOVED)) {
            return null;
        }
        return body.get("contextTokens") instanceof NumberNode n ? Valued.of(n.value(), origin(n, migrated)) : null;
    }

    /** The primary of a written {@code subagents.model} (a string, or an object's {@code primary}), or null. */
    private @Nullable RefSource subagentModel(@Nullable ObjectNode body, boolean migrated) {
        ObjectNode subagents = body == null ? null : body.object("subagents");
        Node model = subagents == null ? null : subagents.get("model");
        if (model instanceof ObjectNode o) {
            model = o.get("primary");
        }
        return model instanceof StringNode s ? RefSource.of(s.value(), origin(s, migrated)) : null;
    }

    /** {@code agents.defaults.model}, else what {@code brain} stands for. */
    private @Nullable ModelChoice defaultModel(@Nullable ObjectNode defaults) {
        ModelChoice written = defaults == null ? null : modelChoice(defaults.get("model"), false);
        if (written != null) {
            return written;
        }
        RefSource primary = brain.primary();
        List<RefSource> fallbacks = brain.fallbacks();
        return primary == null && fallbacks.isEmpty() ? null : new ModelChoice(primary, fallbacks, true);
    }

    /** {@code agents.defaults.heartbeat.model}, else the guide's top-level {@code heartbeat.model}. */
    private @Nullable RefSource defaultHeartbeat(@Nullable ObjectNode root, @Nullable ObjectNode defaults) {
        ObjectNode hb = defaults == null ? null : defaults.object("heartbeat");
        if (hb != null && hb.get("model") instanceof StringNode m) {
            return RefSource.of(m.value(), Origins.of(doc, m));
        }
        ObjectNode legacy = root == null ? null : root.object("heartbeat");
        if (legacy != null && legacy.get("model") instanceof StringNode m) {
            return RefSource.of(m.value(), Origins.migrated(doc, m));
        }
        return null;
    }

    /**
     * A written {@code model}: a string is a primary without fallbacks; an object lists what it sets
     * ({@code fallback}, singular, is read as {@code fallbacks}).
     */
    private @Nullable ModelChoice modelChoice(@Nullable Node model, boolean migrated) {
        if (model instanceof StringNode s) {
            return new ModelChoice(RefSource.of(s.value(), origin(s, migrated)), List.of(), true);
        }
        if (!(model instanceof ObjectNode o)) {
            return null;
        }
        RefSource primary = o.get("primary") instanceof StringNode p ? RefSource.of(p.value(), origin(p, migrated)) : null;
        Node chain = o.has("fallbacks") ? o.get("fallbacks") : o.get("fallback");
        boolean chainFromFallbackKey = !o.has("fallbacks") && o.has("fallback");
        List<RefSource> fallbacks = new ArrayList<>();
        if (chain instanceof StringNode s) {
            fallbacks.add(RefSource.of(s.value(), Origins.migrated(doc, s)));
        } else if (chain instanceof ArrayNode a) {
            for (Node e : a.elements()) {
                if (e instanceof StringNode s) {
                    fallbacks.add(RefSource.of(s.value(), chainFromFallbackKey ? Origins.migrated(doc, s) : origin(s, migrated)));
                }
            }
        }
        return new ModelChoice(primary, fallbacks, chain != null);
    }

    /**
     * An agent's own choice over the defaults': a primary of its own is strict (its fallbacks, or
     * none); only fallbacks keep the defaults' primary.
     */
    private static @Nullable ModelChoice inherit(@Nullable ModelChoice own, @Nullable ModelChoice defaults) {
        if (own == null) {
            return defaults;
        }
        if (own.primary != null) {
            return own;
        }
        RefSource primary = defaults == null ? null : defaults.primary;
        List<RefSource> fallbacks = own.setsFallbacks || defaults == null ? own.fallbacks : defaults.fallbacks;
        return new ModelChoice(primary, fallbacks, true);
    }

    private List<WrittenAgent> writtenAgents(@Nullable ObjectNode agents) {
        List<WrittenAgent> out = new ArrayList<>();
        if (agents == null) {
            return out;
        }
        if (agents.get("entries") instanceof ObjectNode entries) {
            for (Member m : entries.effectiveMembers()) {
                if (m.value() instanceof ObjectNode body) {
                    out.add(new WrittenAgent(m.key(), body, false, new Origin.Written(doc.pointerOf(body), m.keySpan())));
                }
            }
        }
        if (agents.get("list") instanceof ArrayNode list) {
            // agents.list is canonical up to 2026.7; 2026.8+ moves it to agents.entries
            boolean moved = target.atLeast(TargetVersion.AGENTS_ENTRIES);
            for (Node e : list.elements()) {
                if (e instanceof ObjectNode body && body.get("id") instanceof StringNode id
                        && out.stream().noneMatch(a -> a.id.equals(id.value()))) {
                    out.add(new WrittenAgent(id.value(), body, moved, origin(id, moved)));
                }
            }
        }
        return out;
    }

    private Origin origin(Node n, boolean migrated) {
        return migrated ? Origins.migrated(doc, n) : Origins.of(doc, n);
    }

    /** An agent written in the document. */
    private record WrittenAgent(String id, ObjectNode body, boolean migrated, Origin idOrigin) {}

    /**
     * A model choice: primary and fallbacks.
     *
     * @param setsFallbacks whether fallbacks were written (an empty list then means "none")
     */
    private record ModelChoice(@Nullable RefSource primary, List<RefSource> fallbacks, boolean setsFallbacks) {}
}
