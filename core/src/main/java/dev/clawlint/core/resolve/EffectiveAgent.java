package dev.clawlint.core.resolve;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An agent's model routing as OpenClaw will run it: primary, then fallbacks in order, and the
 * heartbeat model.
 *
 * @param id the agent id ({@code defaults} for the defaults every agent inherits)
 * @param pointer where the agent is written, or null for the implicit default agent
 * @param primary its primary model, or null when OpenClaw's built-in default applies
 * @param fallbacks its fallback chain, in order
 * @param heartbeat its heartbeat model, or null
 */
public record EffectiveAgent(
        String id,
        @Nullable String pointer,
        @Nullable ModelRef primary,
        List<ModelRef> fallbacks,
        @Nullable ModelRef heartbeat) {
    /** Copies the chain. */
    public EffectiveAgent {
        fallbacks = List.copyOf(fallbacks);
    }
}
