package dev.clawlint.core.knowledge;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The model servers the local-models guide covers, with the facts the rules use
 * (docs/openclaw/local-backends.md#default-endpoints). {@link #CLOUD} and {@link #CUSTOM} stand for everything else.
 */
public enum Backend {
    /** LM Studio's server. */
    LMSTUDIO("LM Studio", 1234, true, "openai-completions", "lmstudio"),
    /** Ollama, best used through its native /api/chat. */
    OLLAMA("Ollama", 11434, false, "ollama", "ollama"),
    /** vLLM's OpenAI-compatible server. */
    VLLM("vLLM", 8000, true, "openai-completions", "vllm"),
    /** SGLang's OpenAI-compatible server. */
    SGLANG("SGLang", 30000, true, "openai-completions", "sglang"),
    /** Apple's mlx_lm.server. */
    MLX("MLX", 8080, true, "openai-completions", null),
    /**
     * oMLX, the MLX server with a menu-bar app: its own default port (8000, which vLLM also uses) and an
     * OpenAI Responses endpoint besides Chat Completions.
     */
    OMLX("oMLX", 8000, true, "openai-completions", null),
    /** llama.cpp's llama-server. */
    LLAMACPP("llama.cpp", 8080, true, "openai-completions", null),
    /** The LiteLLM proxy. */
    LITELLM("LiteLLM", 4000, true, "openai-completions", "litellm"),
    /** Some other OpenAI- or Anthropic-compatible server. */
    CUSTOM("custom", -1, true, "openai-completions", null),
    /** A hosted provider (OpenAI, Anthropic, OpenRouter, ...). */
    CLOUD("hosted", -1, false, "", null);

    private final String displayName;
    private final int defaultPort;
    private final boolean wantsV1;
    private final String recommendedApi;
    private final @Nullable String builtInId;

    Backend(String displayName, int defaultPort, boolean wantsV1, String recommendedApi, @Nullable String builtInId) {
        this.displayName = displayName;
        this.defaultPort = defaultPort;
        this.wantsV1 = wantsV1;
        this.recommendedApi = recommendedApi;
        this.builtInId = builtInId;
    }

    /** The name users know it by. */
    public String displayName() {
        return displayName;
    }

    /** The port the server listens on by default, or -1. */
    public int defaultPort() {
        return defaultPort;
    }

    /** Whether its OpenAI-compatible API lives under {@code /v1}. */
    public boolean wantsV1() {
        return wantsV1;
    }

    /** The {@code api} adapter to use with it ({@code ""} when it depends on the vendor). */
    public String recommendedApi() {
        return recommendedApi;
    }

    /** OpenClaw's built-in provider id for it, if it has one. */
    public @Nullable String builtInId() {
        return builtInId;
    }

    /** Whether this is a server people run themselves. */
    public boolean isSelfHosted() {
        return this != CLOUD;
    }
}
