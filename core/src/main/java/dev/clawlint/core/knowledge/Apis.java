package dev.clawlint.core.knowledge;

import java.util.Set;

/** The request adapters ({@code api} values) OpenClaw 2026.9 knows (docs/openclaw/models-and-providers.md#adapters). */
public final class Apis {
    private Apis() {}

    private static final Set<String> KNOWN = Set.of(
            "openai-completions", "openai-responses", "openai-chatgpt-responses", "anthropic-messages",
            "google-generative-ai", "google-vertex", "github-copilot", "bedrock-converse-stream", "ollama",
            "pi-messages", "azure-openai-responses");

    /** The adapter OpenClaw 2026.4+ gives a custom provider that has a {@code baseUrl} and no {@code api}. */
    public static final String CUSTOM_DEFAULT = "openai-completions";

    /** Whether this is an adapter name of OpenClaw 2026.9. */
    public static boolean isKnown(String api) {
        return KNOWN.contains(api);
    }
}
