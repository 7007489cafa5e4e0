package dev.clawlint.core.knowledge;

import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which built-in hosted provider serves a model family, read from a bare model id's name: the prefix a bare
 * cloud id such as {@code claude-opus-4-6} was almost certainly meant to have. Only families one vendor
 * serves under its own name are listed; open-weight families (Llama, Qwen, Mistral's open models) run
 * anywhere and get no guess.
 */
public final class ModelFamilies {
    private ModelFamilies() {}

    /** A family by the start of its model ids, and the built-in provider that serves it. */
    private record Family(String idPrefix, String provider, String vendor) {}

    private static final List<Family> FAMILIES = List.of(
            new Family("claude-", "anthropic", "Anthropic's Claude"),
            new Family("gpt-", "openai", "OpenAI's GPT"),
            new Family("chatgpt-", "openai", "OpenAI's ChatGPT"),
            new Family("gemini-", "google", "Google's Gemini"),
            new Family("grok-", "xai", "xAI's Grok"));

    /** The built-in provider that serves the family of this bare model id, or null when the name says none. */
    public static @Nullable String hostedProvider(String modelId) {
        Family f = family(modelId);
        return f == null ? null : f.provider();
    }

    /** The vendor and family name ("Anthropic's Claude") of this bare model id, or null. */
    public static @Nullable String vendor(String modelId) {
        Family f = family(modelId);
        return f == null ? null : f.vendor();
    }

    private static @Nullable Family family(String modelId) {
        String id = modelId.trim().toLowerCase(Locale.ROOT);
        for (Family f : FAMILIES) {
            if (id.startsWith(f.idPrefix())) {
                return f;
            }
        }
        return null;
    }
}
