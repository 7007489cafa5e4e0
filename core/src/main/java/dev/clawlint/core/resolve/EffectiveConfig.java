package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The config OpenClaw will run, in the canonical shape of the target release, every value with its
 * origin. Produced by {@link ConfigResolver}; read by the rules and by {@code clawlint resolve}.
 *
 * @param target the release it is resolved for
 * @param mode {@code merge} or {@code replace}
 * @param providers the configured providers, by id, in the order written
 * @param agents the agents (the defaults first)
 * @param catalogEntries the keys of {@code agents.defaults.models}
 */
public record EffectiveConfig(
        TargetVersion target,
        Valued<String> mode,
        Map<String, EffectiveProvider> providers,
        List<EffectiveAgent> agents,
        List<ModelRef> catalogEntries) {

    /** Copies the collections (keeping the order of providers). */
    public EffectiveConfig {
        providers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(providers));
        agents = List.copyOf(agents);
        catalogEntries = List.copyOf(catalogEntries);
    }

    /** Whether built-in providers stay available ({@code merge} mode). */
    public boolean mergesBuiltIns() {
        return !"replace".equals(mode.value());
    }

    /** A configured provider, or null. */
    public @Nullable EffectiveProvider provider(String id) {
        return providers.get(id);
    }

    /** Every model reference: each agent's primary, fallbacks and heartbeat, then the catalogue keys. */
    public List<ModelRef> references() {
        List<ModelRef> all = new ArrayList<>();
        for (EffectiveAgent a : agents) {
            if (a.primary() != null) {
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
