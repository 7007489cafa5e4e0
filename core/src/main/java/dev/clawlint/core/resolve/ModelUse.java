package dev.clawlint.core.resolve;

/** What an agent uses a referenced model for. */
public enum ModelUse {
    /** {@code model.primary} (or the string form of {@code model}). */
    PRIMARY,
    /** An entry of {@code model.fallbacks}. */
    FALLBACK,
    /** {@code heartbeat.model}. */
    HEARTBEAT,
    /** A key of {@code agents.defaults.models} (aliases and per-model params). */
    CATALOG_ENTRY
}
