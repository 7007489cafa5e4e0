package dev.clawlint.core.resolve;

import dev.clawlint.core.tree.JsonPointer;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An agent's model routing as OpenClaw will run it: primary, then fallbacks in order, and the
 * heartbeat model.
 *
 * @param id the agent id ({@code defaults} for {@code agents.defaults}, which every agent inherits)
 * @param pointer where the agent is written ({@code /agents/entries/x}, {@code /agents/list/0}, or
 *     {@code /agents/defaults}), or null when nothing is written for it
 * @param origin where the agent's id was written (its {@code agents.entries} key or
 *     {@code agents.list[].id}), or null for the defaults
 * @param ownModel whether the agent writes its own {@code model} (else primary and fallbacks come
 *     from the defaults)
 * @param primary its primary model: written, inherited, or the one OpenClaw picks when nothing names
 *     one ({@link ModelRef.Inference#unwritten()})
 * @param fallbacks its fallback chain, in order
 * @param heartbeat its heartbeat model, or null when it runs no heartbeat or the heartbeat uses the
 *     agent's primary model (for the defaults pseudo-agent: the heartbeat model agents inherit, whether
 *     or not the defaults' heartbeat runs on its own)
 * @param heartbeatRuns whether OpenClaw runs heartbeats for this agent: if any agent has its own
 *     {@code heartbeat}, only those agents do; else {@code agents.defaults.heartbeat.agentId}, when
 *     set, names the one agent that does (docs/openclaw/agents.md#heartbeat)
 * @param heartbeatEvery how often its heartbeat runs (its own {@code every}, else the defaults'), or
 *     null when none is written (OpenClaw's default then depends on the auth in use)
 * @param allowlist the models {@code /model} and other overrides may pick: resolved refs and
 *     {@code provider/*} wildcards; empty means any model (docs/openclaw/model-resolution.md#the-allowlist-allowed)
 * @param markedDefault whether a legacy roster marks it {@code default: true}
 * @param ownHeartbeat where the agent's own {@code heartbeat} block is written, or null when it has none
 *     (the defaults pseudo-agent: where {@code agents.defaults.heartbeat} is written)
 * @param strictModel whether the agent's own {@code model} names a primary without a {@code fallbacks}
 *     key (a string, or an object with {@code primary} only): OpenClaw then gives it no fallbacks at all,
 *     not the defaults' (docs/openclaw/model-resolution.md#per-agent-models-string-vs-object-fallback-inheritance);
 *     false for the defaults pseudo-agent
 * @param contextTokens the context budget cap OpenClaw applies to the agent's runs (its own
 *     {@code contextTokens}, else {@code agents.defaults.contextTokens}), or null when none is written or
 *     the target drops the key on load (2026.8+, {@link dev.clawlint.core.knowledge.TargetVersion#AGENT_CONTEXT_TOKENS_REMOVED})
 * @param subagent the model the sub-agents it spawns run on ({@code subagents.model}, the agent's, else
 *     the defaults'), or null when none is written
 */
public record EffectiveAgent(
        String id,
        @Nullable String pointer,
        @Nullable Origin origin,
        boolean ownModel,
        ModelRef primary,
        List<ModelRef> fallbacks,
        @Nullable ModelRef heartbeat,
        boolean heartbeatRuns,
        @Nullable Valued<String> heartbeatEvery,
        List<Valued<String>> allowlist,
        boolean markedDefault,
        @Nullable Origin ownHeartbeat,
        boolean strictModel,
        @Nullable Valued<Double> contextTokens,
        @Nullable ModelRef subagent) {

    /** The id of the pseudo-agent that stands for {@code agents.defaults}. */
    public static final String DEFAULTS = "defaults";

    /** Copies the lists. */
    public EffectiveAgent {
        fallbacks = List.copyOf(fallbacks);
        allowlist = List.copyOf(allowlist);
    }

    /** Whether this is the {@code agents.defaults} pseudo-agent. */
    public boolean isDefaults() {
        return origin == null && DEFAULTS.equals(id);
    }

    /**
     * Where the fallback chain is written: what holds its first reference (the {@code fallbacks}
     * array), or null when there are no fallbacks or nobody wrote them.
     */
    public @Nullable String fallbacksPointer() {
        String first = fallbacks.isEmpty() ? null : fallbacks.get(0).pointer();
        return first == null ? null : JsonPointer.parent(first);
    }
}
