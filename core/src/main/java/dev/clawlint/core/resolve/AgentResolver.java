package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves {@code agents}: the defaults' model and heartbeat (or the guide's {@code brain} and
 * top-level {@code heartbeat} they stand for), then each agent of {@code agents.entries} (and of
 * {@code agents.list}, which 2026.8+ moves there).
 *
 * <p>How an agent's {@code model} is read (docs/openclaw/agents.md#per-agent-model): absent, the agent uses the defaults'
 * primary and fallbacks; a string is the primary <em>without</em> fallbacks (the 2026.9 docs: "strict
 * primary"), applied to every target; an object takes its {@code primary} and {@code fallbacks},
 * and a key it leaves out comes from the defaults. An agent's own {@code heartbeat} is merged over
 * the defaults' one; if any agent has its own {@code heartbeat}, only those agents run heartbeats.
 */
final class AgentResolver {
    private final Document doc;
    private final TargetVersion target;
    private final RefResolver refs;
    private final BrainMapping brain;

    AgentResolver(Document doc, TargetVersion target, RefResolver refs, BrainMapping brain) {
        this.doc = doc;
        this.target = target;
        this.refs = refs;
        this.brain = brain;
    }

    List<EffectiveAgent> resolve() {
        ObjectNode root = doc.rootObject();
        ObjectNode agents = root == null ? null : root.object("agents");
        ObjectNode defaults = agents == null ? null : agents.object("defaults");

        ModelChoice defaultChoice = defaultModel(defaults);
        RefSource defaultHeartbeat = defaultHeartbeat(root, defaults);

        List<WrittenAgent> written = writtenAgents(agents);
        boolean anyOwnHeartbeat = written.stream().anyMatch(a -> a.body.has("heartbeat"));

        List<EffectiveAgent> out = new ArrayList<>();
        String defaultsPointer = defaults == null ? null : doc.pointerOf(defaults);
        out.add(agent(EffectiveAgent.DEFAULTS, defaultsPointer, null, defaultChoice != null, defaultChoice,
                defaultHeartbeat, !anyOwnHeartbeat));
        for (WrittenAgent a : written) {
            ModelChoice own = modelChoice(a.body.get("model"), a.migrated);
            ModelChoice effective = inherit(own, defaultChoice);
            RefSource heartbeat = defaultHeartbeat;
            ObjectNode hb = a.body.object("heartbeat");
            if (hb != null && hb.get("model") instanceof StringNode m) {
                heartbeat = RefSource.of(m.value(), origin(m, a.migrated));
            }
            boolean runs = !anyOwnHeartbeat || a.body.has("heartbeat");
            out.add(agent(a.id, doc.pointerOf(a.body), a.idOrigin, own != null, effective, runs ? heartbeat : null, runs));
        }
        return out;
    }

    private EffectiveAgent agent(String id, @Nullable String pointer, @Nullable Origin origin, boolean ownModel, @Nullable ModelChoice choice,
            @Nullable RefSource heartbeat, boolean heartbeatRuns) {
        ModelRef primary = choice == null || choice.primary == null ? null
                : refs.resolve(choice.primary, ModelUse.PRIMARY, id);
        List<ModelRef> fallbacks = new ArrayList<>();
        if (choice != null) {
            for (RefSource f : choice.fallbacks) {
                fallbacks.add(refs.resolve(f, ModelUse.FALLBACK, id));
            }
        }
        ModelRef hb = heartbeat == null ? null : refs.resolve(heartbeat, ModelUse.HEARTBEAT, id);
        return new EffectiveAgent(id, pointer, origin, ownModel, primary, fallbacks, hb, heartbeatRuns);
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

    private static @Nullable ModelChoice inherit(@Nullable ModelChoice own, @Nullable ModelChoice defaults) {
        if (own == null) {
            return defaults;
        }
        RefSource primary = own.primary != null ? own.primary : defaults == null ? null : defaults.primary;
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
