package dev.clawlint.core.knowledge;

import java.util.Optional;
import java.util.Set;

/**
 * The model {@code params} keys OpenClaw's Ollama adapter forwards on native {@code /api/chat}
 * requests (docs/openclaw/local-backends.md#ollama-params, {@code extensions/ollama/src/stream.runtime.ts}); any other key is
 * silently not sent.
 */
public final class OllamaParams {
    private OllamaParams() {}

    /** Keys sent inside Ollama's {@code options}. */
    public static final Set<String> OPTIONS = Set.of("num_keep", "seed", "num_predict", "top_k", "top_p", "min_p",
            "typical_p", "repeat_last_n", "temperature", "repeat_penalty", "presence_penalty", "frequency_penalty",
            "stop", "num_ctx", "num_batch", "num_gpu", "main_gpu", "use_mmap", "num_thread");

    /** Keys sent at the top level of the request ({@code think}/{@code thinking} become {@code think}). */
    public static final Set<String> TOP_LEVEL = Set.of("format", "keep_alive", "truncate", "shift", "think", "thinking");

    /** Every forwarded key. */
    public static Set<String> forwarded() {
        java.util.Set<String> all = new java.util.TreeSet<>(OPTIONS);
        all.addAll(TOP_LEVEL);
        return java.util.Collections.unmodifiableSet(all);
    }

    /** Whether the adapter sends this key. */
    public static boolean isForwarded(String key) {
        return OPTIONS.contains(key) || TOP_LEVEL.contains(key);
    }

    /** The forwarded key a misspelling most likely means ({@code numCtx} → {@code num_ctx}). */
    public static Optional<String> suggest(String key) {
        return EditDistance.closest(key, forwarded());
    }
}
