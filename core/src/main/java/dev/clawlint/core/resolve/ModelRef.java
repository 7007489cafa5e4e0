package dev.clawlint.core.resolve;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A model reference written somewhere in the config, resolved (or not) to a provider and model.
 *
 * @param written the reference as written ({@code ollama/qwen3:32b})
 * @param origin where it was written (possibly migrated from a guide shape)
 * @param use what it is used for
 * @param agentId the agent that uses it ({@code defaults} for {@code agents.defaults})
 * @param status whether and how it resolved
 * @param provider the provider it names, or null
 * @param model the configured model row it names, or null
 * @param reason for an unresolved reference, why (for the user)
 */
public record ModelRef(
        String written,
        Origin origin,
        ModelUse use,
        String agentId,
        Status status,
        @Nullable EffectiveProvider provider,
        @Nullable EffectiveModel model,
        String reason) {

    /** How a reference resolved. */
    public enum Status {
        /** It names a configured provider and one of its model rows. */
        CONFIGURED,
        /** It names a built-in provider that stays available (merge mode); the model comes from its catalogue. */
        BUILT_IN,
        /** It names nothing OpenClaw will have. */
        UNRESOLVED
    }

    /** The provider part of the reference (before the first '/'), or null when there is none. */
    public @Nullable String providerId() {
        int slash = written.indexOf('/');
        return slash > 0 ? written.substring(0, slash) : null;
    }
}
