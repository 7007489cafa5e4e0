package dev.clawlint.core.schema;

import dev.clawlint.core.knowledge.TargetVersion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The legacy shapes OpenClaw rewrites on load before it validates, for the releases that do (its doctor's config
 * migrations, {@code applyLegacyDoctorMigrations} and the channel plugins' {@code normalizeCompatibilityConfig} in
 * OpenClaw's source): without them clawlint would call an error what the release accepts. Each step applies only
 * where the release's own schema no longer has the legacy shape, so the data decides, and each names the OpenClaw
 * code it mirrors. Applied to a copy of the document; the file is untouched. Not every migration of every release
 * is here: those the corpus shows (docs/releases.md lists what is left).
 */
final class LegacyMigrations {
    private LegacyMigrations() {}

    /**
     * 2026.4 to 2026.7 move {@code plugins.installs} records into the plugin index when they read the config
     * ("could not migrate shipped plugins.installs records into the plugin index", src/config/io.ts); 2026.8
     * rejects the key (Unrecognized key: "installs"). Recorded verdicts: 2026.4.27 to 2026.7.1 accept the corpus
     * files with it, 2026.8.2 and 2026.9.6 reject them.
     */
    private static final TargetVersion PLUGIN_INSTALLS_MOVED = new TargetVersion(2026, 4);
    private static final TargetVersion PLUGIN_INSTALLS_REJECTED = new TargetVersion(2026, 8);

    /**
     * Only 2026.4 removes a legacy {@code agents.defaults.llm} on load (migration
     * "agents.defaults.llm->models.providers.timeoutSeconds"); 2026.5.7 rejects it (docs/openclaw/releases.md#20265).
     */
    private static final TargetVersion AGENT_LLM_REMOVED = new TargetVersion(2026, 4);

    /**
     * Only 2026.4 rewrites a channel's legacy streaming keys on load (the channel plugins' normalizeCompatibilityConfig
     * runs before validation); from 2026.5 they are reported instead ("channels.telegram.streamMode, channels.telegram.
     * streaming (scalar), ... are legacy"): recorded verdicts, 2026.4.27 accepts the corpus files, 2026.5.28 rejects them.
     */
    private static final TargetVersion CHANNEL_STREAMING_REWRITTEN = new TargetVersion(2026, 4);

    /**
     * 2026.8 and later remove {@code agents.defaults.contextTokens} and {@code agents.entries.<id>.contextTokens} on load
     * with a warning ("Removed agents.defaults.contextTokens."; "cannot be represented per model; use
     * models.providers.<provider>.models[].contextTokens instead"): recorded with oc-validate, 2026.8.2 and 2026.9.6
     * accept a config with them although their schemas no longer have the key.
     */
    private static final TargetVersion AGENT_CONTEXT_TOKENS_REMOVED = new TargetVersion(2026, 8);

    /** The legacy flat streaming keys of a channel entry (runtime-doctor's normalizeLegacyStreamingAliases). */
    private static final List<String> FLAT_STREAMING_KEYS =
            List.of("streamMode", "chunkMode", "blockStreaming", "blockStreamingCoalesce", "draftChunk");

    /**
     * The document as the release migrates it, or the document itself when nothing applies.
     *
     * @param declared the release's schema at a path of property names ({@code ["plugins", "installs"]}), or null
     */
    static JsonNode apply(JsonNode document, TargetVersion line, Function<List<String>, @Nullable JsonNode> declared) {
        if (!(document instanceof ObjectNode original)) {
            return document;
        }
        ObjectNode root = original.deepCopy();
        boolean changed = false;
        if (line.atLeast(PLUGIN_INSTALLS_MOVED) && !line.atLeast(PLUGIN_INSTALLS_REJECTED) && root.path("plugins") instanceof ObjectNode plugins
                && plugins.has("installs") && declared.apply(List.of("plugins", "installs")) == null) {
            plugins.remove("installs");
            changed = true;
        }
        if (line.equals(AGENT_LLM_REMOVED) && root.path("agents").path("defaults") instanceof ObjectNode defaults
                && defaults.path("llm").isObject() && declared.apply(List.of("agents", "defaults", "llm")) == null) {
            defaults.remove("llm");
            changed = true;
        }
        if (line.equals(CHANNEL_STREAMING_REWRITTEN) && root.path("channels") instanceof ObjectNode channels) {
            for (Map.Entry<String, JsonNode> channel : channels.properties()) {
                JsonNode streaming = declared.apply(List.of("channels", channel.getKey(), "streaming"));
                if (channel.getValue() instanceof ObjectNode entry && objectOnly(streaming)) {
                    changed |= streamingAliases(entry);
                    if (entry.path("accounts") instanceof ObjectNode accounts) {
                        for (JsonNode account : accounts) {
                            if (account instanceof ObjectNode a) {
                                changed |= streamingAliases(a);
                            }
                        }
                    }
                }
            }
        }
        if (line.atLeast(AGENT_CONTEXT_TOKENS_REMOVED) && root.path("agents") instanceof ObjectNode agents) {
            if (agents.path("defaults") instanceof ObjectNode defaults && defaults.has("contextTokens")
                    && declared.apply(List.of("agents", "defaults", "contextTokens")) == null) {
                defaults.remove("contextTokens");
                changed = true;
            }
            // keyed entries, and a legacy agents.list's items, which become entries on load (LoadMigrations)
            for (JsonNode entries : List.of(agents.path("entries"), agents.path("list"))) {
                for (JsonNode entry : entries.isContainer() ? entries : List.<JsonNode>of()) {
                    if (entry instanceof ObjectNode e && e.has("contextTokens")) {
                        e.remove("contextTokens");
                        changed = true;
                    }
                }
            }
        }
        changed |= doctorMigrationsOnLoad(root, line, declared);
        return changed ? root : document;
    }

    /**
     * The doctor migrations a release runs whenever it reads a config ({@link DoctorRules#migratedOnLoad}: 2026.3 says
     * "(auto-migrated on load)", 2026.4 applies them all): recorded verdicts, 2026.3.31 and 2026.4.27 accept
     * {@code gateway.bind: "0.0.0.0"} and {@code messages.tts.edge}, 2026.2.21 and 2026.5.28 reject them.
     */
    private static boolean doctorMigrationsOnLoad(ObjectNode root, TargetVersion line,
            Function<List<String>, @Nullable JsonNode> declared) {
        boolean changed = false;
        // "gateway.bind.host-alias->bind-mode"
        if (DoctorRules.migratedOnLoad("gateway.bind", line) && root.path("gateway") instanceof ObjectNode gateway
                && gateway.path("bind").isString()) {
            String mode = bindMode(gateway.path("bind").asString());
            if (mode != null) {
                gateway.put("bind", mode);
                changed = true;
            }
        }
        // "tts.providers-generic-shape": messages.tts.<provider> → messages.tts.providers.<provider> (edge → microsoft)
        if (DoctorRules.migratedOnLoad("messages.tts", line) && root.path("messages").path("tts") instanceof ObjectNode tts) {
            for (String[] move : TTS_PROVIDER_MOVES) {
                if (tts.get(move[0]) instanceof ObjectNode legacy && declared.apply(List.of("messages", "tts", move[0])) == null) {
                    ObjectNode providers = child(tts, "providers");
                    ObjectNode provider = child(providers, move[1]);
                    mergeMissing(provider, legacy);
                    tts.remove(move[0]);
                    changed = true;
                }
            }
        }
        // "tools.web.search-provider-config->plugins.entries": the block goes to the provider's plugin entry, whose
        // config schema only a loaded plugin knows, so it is not validated further here
        List<String> webSearch = ReleaseChecks.of(line).webSearchMovedOnLoad();
        if (!webSearch.isEmpty() && root.path("tools").path("web").path("search") instanceof ObjectNode search) {
            for (String key : webSearch) {
                if (search.get(key) instanceof ObjectNode && declared.apply(List.of("tools", "web", "search", key)) == null) {
                    search.remove(key);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The legacy TTS provider keys and the provider each moves to (OpenClaw's migrateLegacyTtsConfig). */
    private static final String[][] TTS_PROVIDER_MOVES = {
        {"openai", "openai"}, {"elevenlabs", "elevenlabs"}, {"microsoft", "microsoft"}, {"edge", "microsoft"}};

    /** The bind mode a host alias stands for (OpenClaw's mapping), or null when the value is no alias. */
    private static @Nullable String bindMode(String bind) {
        String host = bind.trim().toLowerCase(Locale.ROOT);
        String mode = switch (host) {
            case "0.0.0.0", "::", "[::]", "*" -> "lan";
            case "127.0.0.1", "localhost", "::1", "[::1]" -> "loopback";
            default -> null;
        };
        return mode == null || mode.equals(host) ? null : mode;
    }

    /** Copies into {@code target} what it lacks of {@code source}, nested objects merged the same way (mergeMissing). */
    private static void mergeMissing(ObjectNode target, ObjectNode source) {
        for (Map.Entry<String, JsonNode> e : source.properties()) {
            JsonNode existing = target.get(e.getKey());
            if (existing == null) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (existing instanceof ObjectNode t && e.getValue() instanceof ObjectNode s) {
                mergeMissing(t, s);
            }
        }
    }

    /** Whether a schema takes only an object: where a scalar {@code streaming} is legacy. */
    private static boolean objectOnly(@Nullable JsonNode schema) {
        return schema != null && schema.path("type").asString("").equals("object") && !schema.has("anyOf")
                && !schema.has("oneOf");
    }

    /**
     * {@code streamMode}, a scalar {@code streaming} and the flat streaming keys move into the {@code streaming}
     * object, as OpenClaw's normalizeLegacyStreamingAliases does.
     */
    private static boolean streamingAliases(ObjectNode entry) {
        JsonNode before = entry.get("streaming");
        boolean scalar = before != null && (before.isString() || before.isBoolean());
        boolean legacy = scalar || FLAT_STREAMING_KEYS.stream().anyMatch(entry::has);
        if (!legacy) {
            return false;
        }
        ObjectNode streaming = before instanceof ObjectNode o ? o : entry.objectNode();
        if ((scalar || entry.has("streamMode")) && !streaming.has("mode")) {
            streaming.put("mode", mode(before, entry.get("streamMode")));
        }
        entry.remove("streamMode");
        move(entry, "chunkMode", streaming, "chunkMode");
        move(entry, "blockStreaming", child(streaming, "block"), "enabled");
        move(entry, "blockStreamingCoalesce", child(streaming, "block"), "coalesce");
        move(entry, "draftChunk", child(streaming, "preview"), "chunk");
        for (String nested : List.of("block", "preview")) {
            if (streaming.path(nested).isObject() && streaming.path(nested).isEmpty()) {
                streaming.remove(nested);
            }
        }
        entry.set("streaming", streaming);
        return true;
    }

    /** resolveChannelPreviewStreamMode: the scalar or {@code streamMode} if it names a mode, "progress" as "partial". */
    private static String mode(@Nullable JsonNode streaming, @Nullable JsonNode streamMode) {
        for (JsonNode candidate : new JsonNode[] {streaming, streamMode}) {
            if (candidate != null && candidate.isString()) {
                String m = candidate.asString().trim().toLowerCase(Locale.ROOT);
                if (m.equals("off") || m.equals("partial") || m.equals("block")) {
                    return m;
                }
                if (m.equals("progress")) {
                    return "partial";
                }
            }
        }
        return streaming != null && streaming.isBoolean() && !streaming.asBoolean() ? "off" : "partial";
    }

    private static ObjectNode child(ObjectNode parent, String key) {
        if (parent.get(key) instanceof ObjectNode existing) {
            return existing;
        }
        ObjectNode made = parent.objectNode();
        parent.set(key, made);
        return made;
    }

    private static void move(ObjectNode from, String key, ObjectNode to, String as) {
        JsonNode value = from.get(key);
        if (value != null && !to.has(as)) {
            to.set(as, value);
            from.remove(key);
        }
    }
}
