package dev.clawlint.core.report.resolve;

import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.resolve.EffectiveAgent;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import dev.clawlint.core.resolve.Origin;
import dev.clawlint.core.resolve.Valued;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The per-agent routing summary: for every model an agent may use (primary, each fallback, the
 * heartbeat), which endpoint, api, context window and output cap OpenClaw will use, and why.
 */
final class Routing {
    private Routing() {}

    /**
     * One agent's routing.
     *
     * @param notes what the reader needs besides the models: where the heartbeat runs, why no primary is written
     */
    record Agent(EffectiveAgent agent, String title, List<Use> uses, List<String> notes) {
        /** The notes in one line. */
        String heartbeatNote() {
            return String.join("; ", notes);
        }
    }

    /**
     * One model use.
     *
     * @param label {@code primary}, {@code fallback 1}, {@code heartbeat}
     * @param ref the resolved reference
     * @param fields what OpenClaw will use for it
     * @param note for a built-in model, where its limits come from; else empty
     */
    record Use(String label, ModelRef ref, List<Field> fields, String note) {}

    /**
     * One routing fact.
     *
     * @param name {@code baseUrl}, {@code api}, {@code contextWindow}, {@code maxTokens}
     * @param value the value (null when OpenClaw has none)
     * @param note how to read it ({@code run-time budget}, {@code clamped}), or empty
     */
    record Field(String name, @Nullable Object value, @Nullable Origin origin, boolean secret, String note) {}

    /**
     * The configured models no agent routes to: any agent may still switch to them ({@code /model}),
     * so the reader needs their endpoint and limits too.
     */
    static List<Use> unrouted(EffectiveConfig config) {
        java.util.Set<EffectiveModel> routed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ModelRef r : config.references()) {
            if (r.model() != null && r.use() != ModelUse.CATALOG_ENTRY) {
                routed.add(r.model());
            }
        }
        List<Use> out = new ArrayList<>();
        for (EffectiveProvider p : config.providers().values()) {
            for (EffectiveModel m : p.models()) {
                if (!routed.contains(m)) {
                    ModelRef ref = new ModelRef(m.ref(), m.ref(), m.idOrigin(), ModelUse.CATALOG_ENTRY,
                            EffectiveAgent.DEFAULTS, ModelRef.Status.CONFIGURED, p, m, "", ModelRef.Inference.AS_WRITTEN);
                    out.add(use("available", ref));
                }
            }
        }
        return out;
    }

    static List<Agent> of(EffectiveConfig config) {
        List<Agent> out = new ArrayList<>();
        for (EffectiveAgent a : config.agents()) {
            String title = a == config.defaults()
                    ? (config.entries().isEmpty() ? "defaults (the default agent)" : "defaults (inherited by agents that set no model)")
                    : a.id() + (a.ownModel() ? "" : " (model inherited from defaults)");
            List<Use> uses = new ArrayList<>();
            uses.add(use("primary", a.primary()));
            for (int i = 0; i < a.fallbacks().size(); i++) {
                uses.add(use("fallback " + (i + 1), a.fallbacks().get(i)));
            }
            List<String> notes = new ArrayList<>();
            boolean roster = !config.entries().isEmpty();
            if (!a.heartbeatRuns()) {
                String runner = Valued.valueOrNull(config.settings().heartbeatAgent());
                notes.add(runner != null && config.entries().stream().noneMatch(e -> e.ownHeartbeat() != null)
                        ? "no heartbeat: agents.defaults.heartbeat.agentId runs it on agent \"" + runner + "\" only"
                        : "no heartbeat: another agent has its own heartbeat, and then only those agents run heartbeats");
            } else if (a.heartbeat() != null) {
                uses.add(use("heartbeat", a.heartbeat()));
                notes.add(every(a));
            } else if (a.isDefaults() && roster) {
                notes.add("heartbeat: agents that run it use their own primary model (no heartbeat model set); " + every(a));
            } else {
                notes.add("heartbeat uses the primary model (no heartbeat model set); " + every(a));
            }
            out.add(new Agent(a, title, uses, notes));
        }
        return out;
    }

    /** How often the agent's heartbeat runs, and where that comes from. */
    private static String every(EffectiveAgent a) {
        Valued<String> every = a.heartbeatEvery();
        return every != null ? "heartbeat every " + every.value() + " (" + every.origin().describe() + ")"
                : "heartbeat interval not set: OpenClaw's default depends on the auth in use at run time (30m with an "
                        + "API key, 1h with OAuth)";
    }

    /**
     * Who answers when no agent is named ({@code openclaw models list} without {@code --agent}), or why
     * OpenClaw refuses to say; empty without a roster.
     */
    static String owner(EffectiveConfig config) {
        if (config.entries().isEmpty()) {
            return "";
        }
        return config.owner().map(a -> "without --agent, OpenClaw inspects agent \"" + a.id() + "\""
                + (config.entries().size() == 1 ? " (the only agent)"
                        : config.settings().systemAgent() != null ? " (agents.defaults.systemAgent.agentId, "
                                + config.settings().systemAgent().origin().describe() + ")" : " (its legacy default: true)"))
                .orElse("without --agent, OpenClaw refuses to inspect the models (\"Multiple agents are configured, but "
                        + "model inspection has no explicit owner\"): set agents.defaults.systemAgent.agentId or name an agent");
    }

    /** How OpenClaw got from what was written to the ref, for a reader who wrote something else; empty when it is as written. */
    static String how(ModelRef ref) {
        return switch (ref.how()) {
            case AS_WRITTEN -> "";
            case ALIAS -> "\"" + ref.written() + "\" is an alias (agents.defaults.models, matched case-insensitively)";
            case UNIQUE_PROVIDER -> "bare id \"" + ref.written() + "\": the only configured provider that offers it";
            case DEFAULT_PROVIDER -> "bare id \"" + ref.written() + "\": no single configured provider offers it, so OpenClaw "
                    + "falls back to its default provider " + ref.providerId() + " (it logs \"specified without provider\")";
            case PRIMARY_PROVIDER -> "bare heartbeat id \"" + ref.written() + "\": it takes the provider of the agent's primary";
            case FIRST_CONFIGURED_ROW -> "no primary model is written: OpenClaw takes the first configured model row";
            case BUILT_IN_DEFAULT -> "no primary model is written and no model row is configured: OpenClaw's built-in default";
        };
    }

    private static Use use(String label, ModelRef ref) {
        List<Field> fields = new ArrayList<>();
        EffectiveModel m = ref.model();
        EffectiveProvider p = ref.provider();
        if (m != null) {
            fields.add(field("baseUrl", m.baseUrl(), ""));
            fields.add(field("api", m.api(), ""));
            fields.add(field("contextWindow", m.contextBudget(), m.contextWindow() != null ? ""
                    : !Valued.isWritten(p == null ? null : p.baseUrl()) && !Valued.isWritten(m.baseUrl())
                            ? "contextWindow is not set; the " + ref.providerId() + " plugin's discovery may report the server's own at run time"
                            : "contextWindow is not set"));
            boolean clamped = m.runtimeMaxTokens() < m.maxTokens().value();
            fields.add(new Field("maxTokens", m.runtimeMaxTokens(), m.maxTokens().origin(), false,
                    clamped ? "clamped to the context window from " + Text.number(m.maxTokens().value()) : ""));
            return new Use(label, ref, fields, how(ref));
        }
        if (ref.status() == ModelRef.Status.BUILT_IN) {
            if (p != null) {
                fields.add(field("baseUrl", p.baseUrl(), ""));
                fields.add(field("api", p.api(), ""));
            }
            String named = ref.providerId();
            String provider = named == null ? "" : named;
            String url = BuiltInProviders.defaultBaseUrl(provider);
            String api = BuiltInProviders.defaultApi(provider);
            if (p == null && url != null && api != null) {
                Origin plugin = new Origin.BuiltIn(BuiltInProviders.normalize(provider) + " plugin default");
                fields.add(new Field("baseUrl", url, plugin, false, ""));
                fields.add(new Field("api", api, plugin, false, ""));
            }
            String how = how(ref);
            return new Use(label, ref, fields, (how.isEmpty() ? "" : how + "; ") + "model from OpenClaw's built-in \""
                    + provider + "\" catalogue or discovery at run time: its limits are not in this config");
        }
        return new Use(label, ref, fields, how(ref));
    }

    private static Field field(String name, @Nullable Valued<?> v, String note) {
        return v == null ? new Field(name, null, null, false, "not set")
                : new Field(name, v.value(), v.origin(), v.secret(), note);
    }
}
