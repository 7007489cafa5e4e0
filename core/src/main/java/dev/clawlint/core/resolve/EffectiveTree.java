package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.util.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The effective config laid out as the canonical {@code openclaw.json} of its target: one
 * {@link Leaf} per value, in the order a config is written. Renderings and
 * {@link EffectiveConfigWriter} are built on it, so all of them show the same values at the same paths.
 *
 * <p>Only the model-routing part of a config is covered: {@code models} and the model, heartbeat
 * model and model catalogue of {@code agents}. Agents that write no {@code model} inherit the
 * defaults' and get no leaves of their own.
 */
public final class EffectiveTree {
    private EffectiveTree() {}

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    /**
     * One effective value at one path.
     *
     * @param segments the path: member keys ({@link String}) and array indexes ({@link Integer})
     * @param value the value as JSON ({@code null}, a scalar, {@link JsonObject} or {@code JsonArray}; substituted, unredacted)
     * @param written the value as a config would write it ({@code ${VAR}} references kept)
     * @param origin where it came from
     * @param secret whether renderings must hide it
     */
    public record Leaf(List<Object> segments, @Nullable Object value, @Nullable Object written, Origin origin, boolean secret) {
        /** Copies the path. */
        public Leaf {
            segments = List.copyOf(segments);
        }

        /** The path as people read it: {@code models.providers.ollama.models[0].id}, odd keys quoted. */
        public String path() {
            StringBuilder sb = new StringBuilder();
            for (Object s : segments) {
                if (s instanceof Integer i) {
                    sb.append('[').append(i).append(']');
                } else if (PLAIN_KEY.matcher((String) s).matches()) {
                    sb.append(sb.length() == 0 ? "" : ".").append(s);
                } else {
                    sb.append("[\"").append(((String) s).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            }
            return sb.toString();
        }
    }

    /** The leaves of an effective config, in canonical order. */
    public static List<Leaf> leaves(EffectiveConfig config) {
        Builder b = new Builder();
        b.leaf(config.mode(), List.of("models", "mode"));
        for (EffectiveProvider p : config.providers().values()) {
            provider(b, p);
        }
        agents(b, config);
        return b.leaves;
    }

    private static void provider(Builder b, EffectiveProvider p) {
        Object[] at = {"models", "providers", p.id()};
        b.addAt(p.baseUrl(), at, "baseUrl");
        b.addAt(p.api(), at, "api");
        b.addAt(p.apiKey(), at, "apiKey");
        for (Map.Entry<String, Valued<String>> h : p.headers().entrySet()) {
            b.addAt(h.getValue(), at, "headers", h.getKey());
        }
        b.addAt(p.timeoutSeconds(), at, "timeoutSeconds");
        b.addAt(p.maxTokens(), at, "maxTokens");
        for (int i = 0; i < p.models().size(); i++) {
            model(b, p.models().get(i), new Object[] {"models", "providers", p.id(), "models", i});
        }
    }

    private static void model(Builder b, EffectiveModel m, Object[] at) {
        b.leafAt(Valued.of(m.id(), m.idOrigin()), at, "id");
        b.addAt(m.name(), at, "name");
        b.addAt(m.api(), at, "api");
        b.addAt(m.baseUrl(), at, "baseUrl");
        b.addAt(m.reasoning(), at, "reasoning");
        b.addAt(m.input(), at, "input");
        for (Map.Entry<String, Valued<Double>> c : m.cost().entrySet()) {
            b.addAt(c.getValue(), at, "cost", c.getKey());
        }
        b.addAt(m.contextWindow(), at, "contextWindow");
        b.addAt(m.contextTokens(), at, "contextTokens");
        b.addAt(m.maxTokens(), at, "maxTokens");
        for (Map.Entry<String, Valued<Node>> e : m.params().entrySet()) {
            b.addAt(e.getValue(), at, "params", e.getKey());
        }
        for (Map.Entry<String, Valued<Node>> e : m.compat().entrySet()) {
            b.addAt(e.getValue(), at, "compat", e.getKey());
        }
    }

    private static void agents(Builder b, EffectiveConfig config) {
        EffectiveAgent d = config.defaults();
        String target = config.target().toString();
        AgentSettings settings = config.settings();
        boolean keyed = config.target().atLeast(TargetVersion.AGENTS_ENTRIES);
        Valued<String> ownership = settings.ownership();
        if (ownership == null && keyed && config.entries().size() > 1) {
            ownership = Valued.of("explicit", new Origin.Default(target,
                    "\"explicit\": required once more than one agent is configured"));
        }
        b.addAt(ownership, new Object[] {"agents"}, "ownership");
        Object[] defaults = {"agents", "defaults"};
        agentModel(b, d, defaults, false, target);
        b.addAt(settings.timeoutSeconds(), defaults, "timeoutSeconds");
        b.addAt(settings.systemAgent(), defaults, "systemAgent", "agentId");
        Object[] heartbeat = {"agents", "defaults", "heartbeat"};
        b.addAt(d.heartbeatEvery(), heartbeat, "every");
        ModelRef defaultHeartbeat = d.heartbeat();
        if (defaultHeartbeat != null) {
            b.leafAt(Valued.of(defaultHeartbeat.ref(), defaultHeartbeat.origin()), heartbeat, "model");
        }
        b.addAt(settings.heartbeatAgent(), heartbeat, "agentId");
        for (ModelRef entry : config.catalogEntries()) {
            b.leafAt(Valued.of(new JsonObject(), entry.origin()), new Object[] {"agents", "defaults", "models"}, entry.ref());
        }
        int index = 0;
        for (EffectiveAgent a : config.entries()) {
            Object[] at = keyed ? new Object[] {"agents", "entries", a.id()} : new Object[] {"agents", "list", index++};
            Origin idOrigin = a.origin();
            int before = b.leaves.size();
            if (!keyed && idOrigin != null) {
                b.leafAt(Valued.of(a.id(), idOrigin), at, "id");
            }
            agentModel(b, a, at, true, target);
            ownHeartbeat(b, a, d, at);
            if (keyed && idOrigin != null && b.leaves.size() == before) {
                // an agent that inherits everything still exists: it gets one empty entry
                b.leafAt(Valued.of(new JsonObject(), idOrigin), new Object[] {"agents", "entries"}, a.id());
            }
        }
    }

    /** What an agent's own {@code heartbeat} block sets over the defaults' (an empty block still makes it a heartbeat agent). */
    private static void ownHeartbeat(Builder b, EffectiveAgent a, EffectiveAgent d, Object[] at) {
        Origin block = a.ownHeartbeat();
        if (block == null) {
            return;
        }
        int before = b.leaves.size();
        Valued<String> every = a.heartbeatEvery();
        if (every != null && !Objects.equals(every, d.heartbeatEvery())) {
            b.leafAt(every, at, "heartbeat", "every");
        }
        ModelRef model = a.heartbeat();
        if (model != null && model != d.heartbeat() && !Objects.equals(model.origin(), originOf(d.heartbeat()))) {
            b.leafAt(Valued.of(model.ref(), model.origin()), at, "heartbeat", "model");
        }
        if (b.leaves.size() == before) {
            b.leafAt(Valued.of(new JsonObject(), block), at, "heartbeat");
        }
    }

    private static @Nullable Origin originOf(@Nullable ModelRef ref) {
        return ref == null ? null : ref.origin();
    }

    private static void agentModel(Builder b, EffectiveAgent a, Object[] at, boolean entry, String target) {
        if (entry && !a.ownModel()) {
            return;
        }
        ModelRef primary = a.primary();
        if (!primary.how().unwritten()) {
            b.leafAt(Valued.of(primary.ref(), primary.origin()), at, "model", "primary");
        }
        for (int i = 0; i < a.fallbacks().size(); i++) {
            ModelRef f = a.fallbacks().get(i);
            b.leafAt(Valued.of(f.ref(), f.origin()), at, "model", "fallbacks", i);
        }
        if (entry && a.fallbacks().isEmpty()) {
            b.leafAt(Valued.of(List.of(), new Origin.Default(target, "[]: an agent's own primary without fallbacks "
                    + "has none (it does not inherit the defaults' chain)")), at, "model", "fallbacks");
        }
    }

    /** Collects leaves. */
    private static final class Builder {
        final List<Leaf> leaves = new ArrayList<>();

        void addAt(@Nullable Valued<?> v, Object[] at, Object... rest) {
            if (v != null) {
                leafAt(v, at, rest);
            }
        }

        void leafAt(Valued<?> v, Object[] at, Object... rest) {
            List<Object> segments = new ArrayList<>(List.of(at));
            segments.addAll(List.of(rest));
            leaf(v, segments);
        }

        void leaf(Valued<?> v, List<Object> path) {
            @Nullable Object value = JsonValues.of(v.value());
            @Nullable Object written = v.value() instanceof Node n ? JsonValues.written(n)
                    : v.origin() instanceof Origin.FromEnv env ? env.written() : value;
            leaves.add(new Leaf(path, value, written, v.origin(), v.secret()));
        }
    }
}
