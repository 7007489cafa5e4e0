package dev.clawlint.core.resolve;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The roster-wide settings of {@code agents} that decide who answers (docs/openclaw/model-resolution.md#who-owns-an-unscoped-read-systemagent-and-the-roster-refusal).
 *
 * @param ownership {@code agents.ownership} as written, or null
 * @param systemAgent {@code agents.defaults.systemAgent.agentId}: the agent that owns a read no agent is named for, or null
 * @param heartbeatAgent {@code agents.defaults.heartbeat.agentId}: the agent that runs the defaults' heartbeat, or null
 * @param timeoutSeconds {@code agents.defaults.timeoutSeconds}: how long an agent turn may run, or null
 */
public record AgentSettings(
        @Nullable Valued<String> ownership,
        @Nullable Valued<String> systemAgent,
        @Nullable Valued<String> heartbeatAgent,
        @Nullable Valued<Double> timeoutSeconds) {}
