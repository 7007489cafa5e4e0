package dev.clawlint.core.knowledge;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which server a provider talks to, inferred the way a reader would: from what the provider id or
 * the {@code api} says, then from the port of its base URL, then from where the host is.
 */
public final class Backends {
    private Backends() {}

    /**
     * The backend of a provider.
     *
     * @param providerId the provider id ({@code ollama-fast}, {@code my-vllm}, ...)
     * @param baseUrl its effective base URL, or null
     * @param api its effective {@code api}, or null
     */
    public static Backend detect(String providerId, @Nullable String baseUrl, @Nullable String api) {
        String host = Hosts.host(baseUrl);
        if ("ollama.com".equals(host) || (host != null && host.endsWith(".ollama.com"))
                || BuiltInProviders.normalize(providerId).equals("ollama-cloud")) {
            return Backend.CLOUD;
        }
        if ("ollama".equals(api)) {
            return Backend.OLLAMA;
        }
        Backend named = fromName(providerId);
        if (named != null) {
            return named;
        }
        Backend byPort = fromPort(Hosts.port(baseUrl));
        if (byPort != null) {
            return byPort;
        }
        Hosts.Kind kind = Hosts.classify(baseUrl);
        if (kind.isLocal()) {
            return Backend.CUSTOM;
        }
        if (kind == Hosts.Kind.PUBLIC || BuiltInProviders.isBuiltIn(providerId)) {
            return Backend.CLOUD;
        }
        return Backend.CUSTOM;
    }

    /** The backend a name (provider id, guide {@code type}) says, or null when it names none. */
    public static @Nullable Backend fromName(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("ollama")) {
            return Backend.OLLAMA;
        }
        if (n.contains("lmstudio") || n.contains("lm-studio") || n.contains("lm_studio")) {
            return Backend.LMSTUDIO;
        }
        if (n.contains("vllm")) {
            return Backend.VLLM;
        }
        if (n.contains("sglang")) {
            return Backend.SGLANG;
        }
        if (n.contains("omlx")) {
            return Backend.OMLX;
        }
        if (n.contains("mlx")) {
            return Backend.MLX;
        }
        if (n.contains("llama.cpp") || n.contains("llamacpp") || n.contains("llama-cpp") || n.contains("llama-server")) {
            return Backend.LLAMACPP;
        }
        if (n.contains("litellm")) {
            return Backend.LITELLM;
        }
        return null;
    }

    /**
     * The backend whose default port this is, or null. Port 8080 is shared by MLX and llama.cpp, so
     * it names neither; port 8000, shared by vLLM and oMLX, stands for vLLM, the server more configs
     * that say neither run on it.
     */
    public static @Nullable Backend fromPort(int port) {
        for (Backend b : Backend.values()) {
            if (port > 0 && b.defaultPort() == port && port != 8080) {
                return b;
            }
        }
        return null;
    }

    /**
     * The {@code api} a guide-style provider {@code type} stands for (docs/openclaw/guide-shapes.md#type-and-host):
     * a valid adapter name is kept, {@code ollama} is the native adapter, Anthropic-style names map to
     * {@code anthropic-messages}, Google's to {@code google-generative-ai}, and every other server type
     * (OpenAI-compatible, LM Studio, vLLM, ...) to {@code openai-completions}, the adapter OpenClaw
     * gives a custom provider without {@code api}.
     */
    public static String apiForType(String type) {
        String api = apiNamedByType(type);
        return api == null ? Apis.CUSTOM_DEFAULT : api;
    }

    /**
     * The {@code api} a guide-style {@code type} names outright, or null when the word names no adapter
     * and no server clawlint knows: then only OpenClaw's default ({@link #apiForType}) applies, and a
     * fix should not claim to know better.
     */
    public static @Nullable String apiNamedByType(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT);
        if (Apis.isKnown(t)) {
            return t;
        }
        if (t.contains("ollama")) {
            return "ollama";
        }
        if (t.contains("anthropic") || t.contains("claude")) {
            return "anthropic-messages";
        }
        if (t.equals("gemini") || t.equals("google")) {
            return "google-generative-ai";
        }
        Backend named = fromName(t);
        if (named != null) {
            return named.recommendedApi();
        }
        String word = t.replaceAll("[\\s._-]", "");
        return word.startsWith("openai") || word.equals("custom") || word.equals("local") || word.equals("mlxlm")
                ? Apis.CUSTOM_DEFAULT : null;
    }

}
