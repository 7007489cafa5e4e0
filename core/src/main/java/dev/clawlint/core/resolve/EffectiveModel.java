package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.ModelSize;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.StringNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A model row as OpenClaw will run it: written fields, inherited provider fields and the target's
 * defaults (docs/openclaw/models-and-providers.md#defaults), each with its origin.
 *
 * @param providerId the provider it belongs to
 * @param id the provider-local id ({@code qwen3:32b})
 * @param pointer the model entry in the document (for a guide shape, where it was written), or null
 * @param name the display name (required by OpenClaw; null when missing from an array row)
 * @param api the request adapter (the model's own or the provider's), or null when none resolves
 * @param baseUrl the endpoint (the model's own or the provider's), or null
 * @param contextWindow the native window: written, moved from the provider, or materialized as
 *     200000 on targets up to 2026.7; null on 2026.8+ when not written
 * @param contextBudget the context OpenClaw budgets at run time: the window, else the release's default
 *     for a row without one ({@link ReleaseModelDefaults#contextWindow}: 128000 from 2026.9, 200000 before)
 * @param contextTokens the written input budget cap, or null
 * @param maxTokens the output cap, written or defaulted (before run-time clamping, see
 *     {@link #runtimeMaxTokens()})
 * @param reasoning whether the model reasons
 * @param input the input kinds ({@code text}, {@code image}, ...)
 * @param cost USD per 1M tokens by kind ({@code input}, {@code output}, {@code cacheRead}, {@code cacheWrite})
 * @param params provider-specific request parameters, by key, in written order
 * @param compat endpoint capability flags, by key, in written order
 * @param idOrigin where the id was written (the row's {@code id}, an object-map key, {@code brain.local.model})
 */
public record EffectiveModel(
        String providerId,
        String id,
        @Nullable String pointer,
        @Nullable Valued<String> name,
        @Nullable Valued<String> api,
        @Nullable Valued<String> baseUrl,
        @Nullable Valued<Double> contextWindow,
        Valued<Double> contextBudget,
        @Nullable Valued<Double> contextTokens,
        Valued<Double> maxTokens,
        Valued<Boolean> reasoning,
        Valued<List<String>> input,
        Map<String, Valued<Double>> cost,
        Map<String, Valued<Node>> params,
        Map<String, Valued<Node>> compat,
        Origin idOrigin) {

    /** Copies the maps, keeping their order. */
    public EffectiveModel {
        cost = Collections.unmodifiableMap(new LinkedHashMap<>(cost));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        compat = Collections.unmodifiableMap(new LinkedHashMap<>(compat));
    }

    /** The reference agents use for it: {@code provider/id}. */
    public String ref() {
        return providerId + "/" + id;
    }

    /** The output cap OpenClaw sends: {@link #maxTokens()} silently clamped to the context budget (PR #5516). */
    public double runtimeMaxTokens() {
        return Math.min(maxTokens.value(), contextBudget.value());
    }

    /** Whether it is served through OpenClaw's native Ollama adapter ({@code "api": "ollama"}). */
    public boolean usesNativeOllama() {
        return "ollama".equals(Valued.valueOrNull(api));
    }

    /** The size it says it has, from its id or else its name. */
    public Optional<ModelSize> size() {
        Optional<ModelSize> fromId = ModelSize.parse(id);
        return fromId.isPresent() || name == null ? fromId : ModelSize.parse(name.value());
    }

    /** A numeric {@code params} entry (a number, or a string that holds one), or null when absent or not a number. */
    public @Nullable Double numberParam(String key) {
        Valued<Node> param = params.get(key);
        Node value = param == null ? null : param.value();
        if (value instanceof NumberNode number) {
            return number.value();
        }
        if (value instanceof StringNode text) {
            try {
                return Double.valueOf(text.value().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether {@code params.keep_alive} tells Ollama to keep the model loaded indefinitely: any
     * negative duration, as a number or a string ({@code -1}, {@code "-1"}, {@code "-1m"}).
     */
    public boolean keepsLoaded() {
        Valued<Node> keepAlive = params.get("keep_alive");
        Node value = keepAlive == null ? null : keepAlive.value();
        if (value instanceof NumberNode number) {
            return number.value() < 0;
        }
        return value instanceof StringNode text && text.value().trim().startsWith("-");
    }
}
