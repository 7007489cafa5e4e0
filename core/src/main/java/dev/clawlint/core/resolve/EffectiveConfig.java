package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The model routing OpenClaw will run, in the canonical shape of the target release, every value
 * with its origin. Produced by {@link ConfigResolver}; read by the rules and by {@code clawlint resolve}.
 *
 * @param target the release it is resolved for
 * @param mode {@code merge} or {@code replace} (docs/openclaw/models-and-providers.md#merge-and-replace)
 * @param providers the configured providers, by id, in the order written (a provider made from
 *     {@code brain.local} comes after the written ones)
 * @param agents the agents: the {@code agents.defaults} pseudo-agent ({@link EffectiveAgent#DEFAULTS})
 *     first, then each configured agent in written order
 * @param catalogEntries the keys of {@code agents.defaults.models}, resolved
 * @param aliases alias (as written) → the {@code provider/model} it stands for, as {@code models status} lists them
 * @param settings the roster-wide settings of {@code agents}
 * @param imageModels {@code agents.defaults.imageModel}, resolved: its primary first, then its fallbacks
 *     (empty when none is written); only {@code models list} shows them (tags {@code image},
 *     {@code img-fallback#N}), they are not routed and no rule reads them
 */
public record EffectiveConfig(
        TargetVersion target,
        Valued<String> mode,
        Map<String, EffectiveProvider> providers,
        List<EffectiveAgent> agents,
        List<ModelRef> catalogEntries,
        Map<String, String> aliases,
        AgentSettings settings,
        List<ModelRef> imageModels) {

    /** Copies the collections (keeping the order of providers and aliases). */
    public EffectiveConfig {
        providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
        agents = List.copyOf(agents);
        catalogEntries = List.copyOf(catalogEntries);
        aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        imageModels = List.copyOf(imageModels);
        if (agents.isEmpty() || !agents.get(0).id().equals(EffectiveAgent.DEFAULTS)) {
            throw new IllegalArgumentException("the defaults pseudo-agent must come first");
        }
    }

    /** Whether built-in providers stay available ({@code merge} mode). */
    public boolean mergesBuiltIns() {
        return !"replace".equals(mode.value());
    }

    /** A configured provider, or null. */
    public @Nullable EffectiveProvider provider(String id) {
        return providers.get(id);
    }

    /** Every model row of every configured provider, in the order written. */
    public List<EffectiveModel> models() {
        List<EffectiveModel> all = new ArrayList<>();
        for (EffectiveProvider p : providers.values()) {
            all.addAll(p.models());
        }
        return all;
    }

    /** The {@code agents.defaults} pseudo-agent. */
    public EffectiveAgent defaults() {
        return agents.get(0);
    }

    /** A configured agent by id, or null. */
    public @Nullable EffectiveAgent entry(String id) {
        for (EffectiveAgent a : entries()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The agent OpenClaw inspects when no agent is named ({@code openclaw models list} without
     * {@code --agent}): the defaults without a roster, the sole agent of a roster of one, else
     * {@code agents.defaults.systemAgent.agentId}, else a legacy {@code default: true} entry (not under
     * {@code ownership: "explicit"}); empty when OpenClaw refuses ("Multiple agents are configured, but
     * model inspection has no explicit owner").
     */
    public Optional<EffectiveAgent> owner() {
        List<EffectiveAgent> entries = entries();
        if (entries.isEmpty()) {
            return Optional.of(defaults());
        }
        if (entries.size() == 1) {
            return Optional.of(entries.get(0));
        }
        String system = Valued.valueOrNull(settings.systemAgent());
        EffectiveAgent named = system == null ? null : entry(system);
        if (named != null) {
            return Optional.of(named);
        }
        if (!"explicit".equals(Valued.valueOrNull(settings.ownership()))) {
            for (EffectiveAgent a : entries) {
                if (a.markedDefault()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /** The configured agents (without the defaults pseudo-agent), in written order. */
    public List<EffectiveAgent> entries() {
        return agents.subList(1, agents.size());
    }

    /**
     * Every written model reference: each agent's primary, fallbacks and heartbeat, then the catalogue keys
     * (a primary OpenClaw picks because none is written is not one).
     * A reference an agent inherits from the defaults appears once per agent using it.
     */
    public List<ModelRef> references() {
        List<ModelRef> all = new ArrayList<>();
        for (EffectiveAgent a : agents) {
            if (!a.primary().how().unwritten()) {
                all.add(a.primary());
            }
            all.addAll(a.fallbacks());
            if (a.heartbeat() != null) {
                all.add(a.heartbeat());
            }
        }
        all.addAll(catalogEntries);
        return all;
    }
}
