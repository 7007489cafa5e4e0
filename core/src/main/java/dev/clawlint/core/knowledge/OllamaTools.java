package dev.clawlint.core.knowledge;

import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Ollama library families whose models Ollama serves without the {@code tools} capability: a request with tools
 * gets {@code 400 registry.ollama.ai/library/<model> does not support tools} (docs/openclaw/local-backends.md#models-without-tools).
 * {@code ollama show <model>} lists a model's capabilities; a family is listed here only when its library tags have no
 * {@code tools}.
 */
public final class OllamaTools {
    private OllamaTools() {}

    private static final Set<String> WITHOUT_TOOLS = Set.of(
            "deepseek-r1", "deepseek-coder", "deepseek-coder-v2", "gemma", "gemma2", "gemma3", "gemma3n", "codegemma",
            "codellama", "llama2", "llama3", "phi", "phi3", "llava", "moondream", "tinyllama", "starcoder2");

    /**
     * The Ollama library family of a model id ({@code deepseek-r1:14b} → {@code deepseek-r1},
     * {@code library/gemma3:27b} → {@code gemma3}), lower-cased.
     */
    public static String family(String modelId) {
        String id = modelId.trim().toLowerCase(Locale.ROOT);
        int colon = id.indexOf(':');
        String name = colon >= 0 ? id.substring(0, colon) : id;
        int slash = name.lastIndexOf('/');
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    /** The family when Ollama serves it without tool support, else null. */
    public static @Nullable String familyWithoutTools(String modelId) {
        String family = family(modelId);
        return WITHOUT_TOOLS.contains(family) ? family : null;
    }
}
