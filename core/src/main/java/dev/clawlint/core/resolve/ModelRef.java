package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.ModelSize;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A model reference written somewhere in the config, resolved (or not) to a provider and model.
 *
 * @param written the reference as written ({@code ollama/qwen3:32b}, an alias, or a guide-shape
 *     model id)
 * @param ref the canonical {@code provider/model} it stands for (after alias look-up and guide
 *     mapping), or {@code written} when it cannot be made canonical
 * @param origin where it was written (possibly migrated from a guide shape)
 * @param use what it is used for
 * @param agentId the agent that uses it ({@code defaults} for {@code agents.defaults})
 * @param status whether and how it resolved
 * @param provider the configured provider it names, or null
 * @param model the configured model row it names, or null
 * @param reason why it did not resolve (for the user), or {@code ""} when it did
 * @param how how OpenClaw arrived at {@link #ref()} from what was written
 */
public record ModelRef(
        String written,
        String ref,
        Origin origin,
        ModelUse use,
        String agentId,
        Status status,
        @Nullable EffectiveProvider provider,
        @Nullable EffectiveModel model,
        String reason,
        Inference how) {

    /**
     * How OpenClaw turns what was written into {@code provider/model} (docs/openclaw/model-resolution.md).
     */
    public enum Inference {
        /** Written as {@code provider/model} (provider id lower-cased, as OpenClaw normalises it). */
        AS_WRITTEN,
        /** An alias of {@code agents.defaults.models} (or the agent's own {@code models}), matched case-insensitively. */
        ALIAS,
        /** A bare model id that exactly one configured provider offers. */
        UNIQUE_PROVIDER,
        /**
         * A bare model id no single configured provider offers: OpenClaw sends it to its default
         * provider ({@code openai/<id>}) and logs "specified without provider".
         */
        DEFAULT_PROVIDER,
        /** A bare heartbeat model id: it takes the provider of the agent's primary. */
        PRIMARY_PROVIDER,
        /** Nothing names a primary: OpenClaw takes the first configured model row. */
        FIRST_CONFIGURED_ROW,
        /** Nothing names a primary and no model row is configured: OpenClaw's built-in default model. */
        BUILT_IN_DEFAULT;

        /** Whether OpenClaw chose the model although nobody wrote it. */
        public boolean unwritten() {
            return this == FIRST_CONFIGURED_ROW || this == BUILT_IN_DEFAULT;
        }
    }

    /** How a reference resolved. */
    public enum Status {
        /** It names a configured provider and one of its model rows. */
        CONFIGURED,
        /**
         * It names a built-in provider that stays available (merge mode); the model comes from its
         * catalogue (or from discovery), so clawlint cannot see its limits.
         */
        BUILT_IN,
        /** It names nothing OpenClaw will have. */
        UNRESOLVED
    }

    /** The provider part of {@link #ref()} (before the first '/'), or null when there is none. */
    public @Nullable String providerId() {
        int slash = ref.indexOf('/');
        return slash > 0 ? ref.substring(0, slash) : null;
    }

    /** The model part of {@link #ref()} (after the first '/'), or the whole ref when there is no prefix. */
    public String modelId() {
        int slash = ref.indexOf('/');
        return slash > 0 ? ref.substring(slash + 1) : ref;
    }

    /** Whether OpenClaw will find something to call. */
    public boolean resolved() {
        return status != Status.UNRESOLVED;
    }

    /** Where the reference was written (migrated from a guide shape or not), or null when nobody wrote it. */
    public @Nullable String pointer() {
        return origin.pointer();
    }

    /** The size its model says it has: the configured row's id or name, else the reference itself. */
    public Optional<ModelSize> size() {
        return model != null ? model.size() : ModelSize.parse(ref);
    }
}
