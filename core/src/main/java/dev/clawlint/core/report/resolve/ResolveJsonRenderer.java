package dev.clawlint.core.report.resolve;

import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.resolve.EffectiveAgent;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveTree;
import dev.clawlint.core.resolve.JsonPaths;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.util.JsNumbers;
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import dev.clawlint.core.resolve.Valued;
import java.util.List;
import java.util.Locale;

/**
 * The JSON rendering of {@code clawlint resolve}: the effective config in canonical shape, with
 * origins in a parallel structure (same paths, origin text at each leaf) when asked, and the
 * per-agent routing. Documented in {@code docs/resolve.md}.
 */
public final class ResolveJsonRenderer {
    /** The format's version; changes only when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private ResolveJsonRenderer() {}

    /** The rendering of one file's effective config, ending with a newline. */
    public static String render(String file, EffectiveConfig config, Verdict verdict, ResolveOptions options) {
        return shown(JsonWriter.pretty(document(file, config, verdict, options)) + "\n", options);
    }

    /** Several files: a JSON array of their documents, ending with a newline. */
    public static String renderAll(List<String> files, List<EffectiveConfig> configs, List<Verdict> verdicts, ResolveOptions options) {
        JsonArray all = new JsonArray();
        for (int i = 0; i < files.size(); i++) {
            all.add(document(files.get(i), configs.get(i), verdicts.get(i), options));
        }
        return shown(JsonWriter.pretty(all) + "\n", options);
    }

    /** A secret in a field that is not secret (a model ref written as a key) is shown by its shape alone. */
    private static String shown(String json, ResolveOptions options) {
        return options.showSecrets() ? json : Secrets.redactText(json);
    }

    private static JsonObject document(String file, EffectiveConfig config, Verdict verdict, ResolveOptions options) {
        JsonObject root = new JsonObject();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "clawlint");
        root.put("file", file);
        root.put("target", config.target().toString());
        JsonObject v = root.putObject("verdict");
        v.put("accepts", verdict.accepts());
        v.put("rejectingErrors", verdict.rejecting());
        v.put("runTimeErrors", verdict.failing());
        v.put("summary", verdict.sentence(file));
        String owner = Routing.owner(config);
        if (!owner.isEmpty()) {
            // the agent `openclaw models list` answers for without --agent; null when OpenClaw refuses
            root.put("owner", config.owner().map(EffectiveAgent::id).orElse(null));
            root.put("ownerNote", owner);
        }
        JsonObject values = root.putObject("config");
        JsonObject origins = options.showOrigin() ? root.putObject("origins") : null;
        for (EffectiveTree.Leaf leaf : EffectiveTree.leaves(config)) {
            JsonPaths.put(values, leaf.segments(), leaf.secret() && !options.showSecrets()
                    ? Secrets.REDACTED : leaf.value());
            if (origins != null) {
                JsonPaths.put(origins, leaf.segments(), leaf.origin().describe());
            }
        }
        JsonArray routing = root.putArray("routing");
        for (Routing.Agent agent : Routing.of(config)) {
            JsonObject a = routing.addObject();
            a.put("agent", agent.agent().id());
            a.put("ownModel", agent.agent().ownModel());
            a.put("heartbeatRuns", agent.agent().heartbeatRuns());
            if (!agent.heartbeatNote().isEmpty()) {
                a.put("note", agent.heartbeatNote());
            }
            Valued<String> every = agent.agent().heartbeatEvery();
            if (agent.agent().heartbeatRuns() && every != null) {
                a.put("heartbeatEvery", every.value());
            }
            JsonArray uses = a.putArray("models");
            for (Routing.Use use : agent.uses()) {
                uses.add(use(use, options));
            }
        }
        JsonArray available = root.putArray("available");
        for (Routing.Use use : Routing.unrouted(config)) {
            available.add(use(use, options));
        }
        return root;
    }

    private static JsonObject use(Routing.Use use, ResolveOptions options) {
        ModelRef ref = use.ref();
        JsonObject u = new JsonObject();
        u.put("use", use.label().replaceAll(" \\d+$", ""));
        u.put("ref", ref.ref());
        u.put("written", ref.written());
        u.put("status", ref.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        u.put("how", ref.how().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (!ref.resolved()) {
            u.put("reason", ref.reason());
        }
        String provider = ref.providerId();
        if (provider != null) {
            u.put("provider", provider);
        }
        if (!use.note().isEmpty()) {
            u.put("note", use.note());
        }
        JsonObject origins = options.showOrigin() ? new JsonObject() : null;
        if (origins != null) {
            origins.put("ref", ref.origin().describe());
        }
        for (Routing.Field f : use.fields()) {
            Object v = f.value();
            if (v == null) {
                u.putNull(f.name());
            } else if (f.secret() && !options.showSecrets()) {
                u.put(f.name(), Secrets.REDACTED);
            } else if (v instanceof Double d) {
                u.put(f.name(), JsNumbers.isSafeInteger(d) ? (Object) (long) (double) d : d);
            } else {
                u.put(f.name(), String.valueOf(v));
            }
            if (!f.note().isEmpty()) {
                u.put(f.name() + "Note", f.note());
            }
            if (origins != null && f.origin() != null) {
                origins.put(f.name(), f.origin().describe());
            }
        }
        if (origins != null) {
            u.put("origins", origins);
        }
        return u;
    }
}
