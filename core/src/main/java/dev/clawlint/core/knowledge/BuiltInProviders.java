package dev.clawlint.core.knowledge;

import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * OpenClaw's built-in provider ids: the ids that may appear in {@code models.providers} without
 * {@code baseUrl} or {@code models} because a bundled catalogue fills them in (docs/openclaw/models-and-providers.md#built-in-provider-ids,
 * {@code src/config/model-provider-overlay-ids.ts} in 2026.9.6), and the endpoint and adapter the
 * bundled local-server plugins use when the config names none.
 */
public final class BuiltInProviders {
    private BuiltInProviders() {}

    private static final Set<String> IDS = Set.of(
            "amazon-bedrock", "amazon-bedrock-mantle", "anthropic", "anthropic-vertex", "arcee",
            "azure-openai-responses", "byteplus", "byteplus-plan", "cerebras", "chutes", "claude-cli",
            "clawrouter", "cloudflare-ai-gateway", "codex", "comfy", "copilot-proxy", "dashscope",
            "deepinfra", "deepseek", "fal", "fireworks", "github-copilot", "gmi", "gmi-cloud", "gmicloud",
            "google", "google-antigravity", "google-gemini-cli", "google-vertex", "groq", "huggingface",
            "kilocode", "kimi", "kimi-coding", "litellm", "lmstudio", "meta", "microsoft-foundry", "minimax",
            "minimax-portal", "mistral", "modelstudio", "moonshot", "moonshot-ai", "moonshotai", "nvidia",
            "novita", "novita-ai", "novitaai", "ollama", "ollama-cloud", "openai", "opencode", "opencode-go",
            "openrouter", "qianfan", "qwen", "qwen-token-plan", "qwencloud", "sglang", "stepfun",
            "stepfun-plan", "synthetic", "tencent-tokenhub", "tencent-tokenplan", "together", "venice",
            "vercel-ai-gateway", "vllm", "volcengine", "volcengine-plan", "vydra", "x-ai", "xai", "xiaomi",
            "xiaomi-token-plan", "z.ai", "z-ai", "zai");

    /** The id as OpenClaw compares it: trimmed and lower-cased. */
    public static String normalize(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The provider a retired bundled provider moved into, or null: {@code openai-codex}, bundled up to 2026.5, is a
     * legacy id later, and {@code openclaw doctor --fix} moves its references to {@code openai}
     * (https://github.com/openclaw/openclaw/pull/88217, https://github.com/openclaw/openclaw/issues/90047).
     */
    public static @Nullable String successorOfRetired(String id) {
        return normalize(id).equals("openai-codex") ? "openai" : null;
    }

    /** Whether OpenClaw ships a catalogue for this provider id. */
    public static boolean isBuiltIn(String id) {
        return IDS.contains(normalize(id));
    }

    /** The built-in ids, for did-you-mean suggestions. */
    public static Set<String> ids() {
        return IDS;
    }

    /**
     * The local server behind a built-in id whose plugin supplies a default endpoint
     * ({@code ollama}, {@code lmstudio}, {@code vllm}, {@code sglang}, {@code litellm}), or null.
     */
    public static @Nullable Backend localBackend(String id) {
        String n = normalize(id);
        for (Backend b : Backend.values()) {
            if (n.equals(b.builtInId())) {
                return b;
            }
        }
        return null;
    }

    /**
     * The base URL the bundled plugin of a local built-in id uses when none is configured
     * (docs/openclaw/local-backends.md#default-endpoints), or null for other ids.
     */
    public static @Nullable String defaultBaseUrl(String id) {
        Backend b = localBackend(id);
        if (b == null) {
            return null;
        }
        return switch (b) {
            case OLLAMA -> "http://127.0.0.1:11434";
            case LMSTUDIO -> "http://localhost:1234/v1";
            default -> "http://127.0.0.1:" + b.defaultPort() + "/v1";
        };
    }

    /** The adapter the bundled plugin of a local built-in id uses when none is configured, or null. */
    public static @Nullable String defaultApi(String id) {
        Backend b = localBackend(id);
        return b == null ? null : b.recommendedApi();
    }
}
