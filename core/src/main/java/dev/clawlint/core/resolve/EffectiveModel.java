package dev.clawlint.core.resolve;

import dev.clawlint.core.tree.Node;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A model row as OpenClaw will run it: written fields, inherited provider fields and the target's
 * defaults, each with its origin.
 *
 * @param providerId the provider it belongs to
 * @param id the provider-local id ({@code qwen3:32b})
 * @param pointer the model entry in the document, or null for a model nobody wrote
 * @param name the display name (required by OpenClaw; null when missing)
 * @param api the request adapter (the model's own or the provider's), or null when none resolves
 * @param baseUrl the endpoint (the model's own or the provider's), or null
 * @param contextWindow the written native window, or null (2026.8+ leaves it unset)
 * @param contextTokens the written input budget cap, or null
 * @param maxTokens the output cap, written or defaulted
 * @param reasoning whether the model reasons
 * @param input the input kinds ({@code text}, {@code image}, ...)
 * @param params provider-specific request parameters, by key
 * @param compat endpoint capability flags, by key
 */
public record EffectiveModel(
        String providerId,
        String id,
        @Nullable String pointer,
        @Nullable Valued<String> name,
        @Nullable Valued<String> api,
        @Nullable Valued<String> baseUrl,
        @Nullable Valued<Double> contextWindow,
        @Nullable Valued<Double> contextTokens,
        Valued<Double> maxTokens,
        Valued<Boolean> reasoning,
        Valued<List<String>> input,
        Map<String, Valued<Node>> params,
        Map<String, Valued<Node>> compat) {

    /** The run-time context budget when no window is written (OpenClaw 2026.8+ budgets this many tokens). */
    public static final double DEFAULT_CONTEXT_BUDGET = 200_000;

    /** Copies the maps. */
    public EffectiveModel {
        params = Map.copyOf(params);
        compat = Map.copyOf(compat);
    }

    /** The reference agents use for it: {@code provider/id}. */
    public String ref() {
        return providerId + "/" + id;
    }
}
