package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Backends;
import dev.clawlint.core.knowledge.Hosts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A configured provider as OpenClaw will run it.
 *
 * @param id the provider id (key of {@code models.providers}, or the id picked for {@code brain.local})
 * @param pointer where it is written in the document
 * @param builtIn whether the id is one of OpenClaw's built-in provider ids (docs/openclaw/models-and-providers.md#built-in-provider-ids)
 * @param backend which kind of server it talks to, as inferred from id, URL and api
 * @param local whether it is a self-hosted server (loopback, private network, {@code .local},
 *     bare host, or a local backend by id/port/api)
 * @param baseUrl its endpoint (written, migrated from {@code host}, or a bundled plugin's default), or null
 * @param api its request adapter (written, migrated from {@code type}, or defaulted), or null when none applies
 * @param apiKey its credential (always secret), or null
 * @param timeoutSeconds its HTTP timeout, or null
 * @param maxTokens its default output cap for its models, or null
 * @param headers static request headers, in written order (values always secret)
 * @param models its model rows, in written order
 */
public record EffectiveProvider(
        String id,
        String pointer,
        boolean builtIn,
        Backend backend,
        boolean local,
        @Nullable Valued<String> baseUrl,
        @Nullable Valued<String> api,
        @Nullable Valued<String> apiKey,
        @Nullable Valued<Double> timeoutSeconds,
        @Nullable Valued<Double> maxTokens,
        Map<String, Valued<String>> headers,
        List<EffectiveModel> models) {

    /** Copies the collections, keeping their order. */
    public EffectiveProvider {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        models = List.copyOf(models);
    }

    /** The model row with this id, or null. */
    public @Nullable EffectiveModel model(String modelId) {
        for (EffectiveModel m : models) {
            if (m.id().equals(modelId)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether it is an Ollama server: its backend says so, its id or api says so, or its URL uses
     * Ollama's port 11434. Ollama's hosted service ({@code ollama.com}) is not one.
     */
    public boolean isOllamaServer() {
        if (backend == Backend.CLOUD) {
            return false;
        }
        String url = Valued.valueOrNull(baseUrl);
        return backend == Backend.OLLAMA || Backends.fromName(id) == Backend.OLLAMA
                || "ollama".equals(Valued.valueOrNull(api)) || Hosts.port(url) == 11434;
    }

    /** Whether one of its model rows runs on an Ollama server (native adapter or the OpenAI-compatible path). */
    public boolean runsOnOllama(EffectiveModel model) {
        return model.usesNativeOllama() || isOllamaServer();
    }
}
