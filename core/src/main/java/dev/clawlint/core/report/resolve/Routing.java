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

    /** One agent's routing. */
    record Agent(EffectiveAgent agent, String title, List<Use> uses, String heartbeatNote) {}

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
            if (a.primary() != null) {
                uses.add(use("primary", a.primary()));
            }
            for (int i = 0; i < a.fallbacks().size(); i++) {
                uses.add(use("fallback " + (i + 1), a.fallbacks().get(i)));
            }
            String heartbeatNote = "";
            if (!a.heartbeatRuns()) {
                heartbeatNote = "no heartbeat: another agent has its own heartbeat, and then only those agents run heartbeats";
            } else if (a.heartbeat() != null) {
                uses.add(use("heartbeat", a.heartbeat()));
            } else {
                heartbeatNote = "heartbeat uses the primary model (no heartbeat model set)";
            }
            if (a.primary() == null) {
                heartbeatNote = (heartbeatNote.isEmpty() ? "" : heartbeatNote + "; ")
                        + "no primary model set: OpenClaw's built-in default model applies";
            }
            out.add(new Agent(a, title, uses, heartbeatNote));
        }
        return out;
    }

    private static Use use(String label, ModelRef ref) {
        List<Field> fields = new ArrayList<>();
        EffectiveModel m = ref.model();
        EffectiveProvider p = ref.provider();
        if (m != null) {
            fields.add(field("baseUrl", m.baseUrl(), ""));
            fields.add(field("api", m.api(), ""));
            fields.add(field("contextWindow", m.contextBudget(),
                    m.contextWindow() == null ? "run-time budget; contextWindow is not set" : ""));
            boolean clamped = m.runtimeMaxTokens() < m.maxTokens().value();
            fields.add(new Field("maxTokens", m.runtimeMaxTokens(), m.maxTokens().origin(), false,
                    clamped ? "clamped to the context window from " + Text.number(m.maxTokens().value()) : ""));
            return new Use(label, ref, fields, "");
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
            return new Use(label, ref, fields, "model from OpenClaw's built-in \"" + provider
                    + "\" catalogue or discovery: its limits are not in this config");
        }
        return new Use(label, ref, fields, "");
    }

    private static Field field(String name, @Nullable Valued<?> v, String note) {
        return v == null ? new Field(name, null, null, false, "not set")
                : new Field(name, v.value(), v.origin(), v.secret(), note);
    }
}
