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
 * @param ownModel whether the agent writes its own {@code model} (else primary and fallbacks come
 *     from the defaults)
 * @param primary its primary model, or null when OpenClaw's built-in default model applies
 * @param fallbacks its fallback chain, in order
 * @param heartbeat its heartbeat model, or null when it runs no heartbeat or the heartbeat uses the
 *     agent's primary model
 * @param origin where the agent's id was written (its {@code agents.entries} key or
 *     {@code agents.list[].id}), or null for the defaults
 * @param heartbeatRuns whether OpenClaw runs heartbeats for this agent: if any agent has its own
 *     {@code heartbeat}, only those agents do (docs/openclaw/agents.md#heartbeat)
 */
public record EffectiveAgent(
        String id,
        @Nullable String pointer,
        @Nullable Origin origin,
        boolean ownModel,
        @Nullable ModelRef primary,
        List<ModelRef> fallbacks,
        @Nullable ModelRef heartbeat,
        boolean heartbeatRuns) {

    /** The id of the pseudo-agent that stands for {@code agents.defaults}. */
    public static final String DEFAULTS = "defaults";

    /** Copies the chain. */
    public EffectiveAgent {
        fallbacks = List.copyOf(fallbacks);
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
