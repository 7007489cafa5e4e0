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
    CATALOG_ENTRY,
    /**
     * {@code subagents.model} (the agent's, else {@code agents.defaults.subagents.model}): the model
     * sub-agents it spawns run on, an override the allowlist applies to.
     */
    SUBAGENT
}
