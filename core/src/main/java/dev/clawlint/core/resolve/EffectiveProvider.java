package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Backend;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A provider as OpenClaw will run it.
 *
 * @param id the provider id (key of {@code models.providers}, or the built-in id)
 * @param pointer where it is written in the document, or null for a built-in provider nobody configured
 * @param builtIn whether the id is one of OpenClaw's built-in provider ids
 * @param backend which kind of server it talks to, as inferred from id, URL and api
 * @param local whether it is a self-hosted server (loopback, private network, {@code .local}, bare host, or a local backend)
 * @param baseUrl its endpoint, or null
 * @param api its request adapter, or null when none is written and none defaults
 * @param apiKey its credential (always secret), or null
 * @param timeoutSeconds its HTTP timeout, or null
 * @param maxTokens its default output cap, or null
 * @param headers static request headers (values secret)
 * @param models its model rows
 */
public record EffectiveProvider(
        String id,
        @Nullable String pointer,
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

    /** Copies the collections. */
    public EffectiveProvider {
        headers = Map.copyOf(headers);
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
}
