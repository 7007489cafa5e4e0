package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The model-resolution facts that change with the OpenClaw release, in one table: one row per supported
 * release, each taken from OpenClaw's own answers recorded in {@code fixtures/oracle/models-<release>.jsonl}
 * where there is a recording, else from the release's {@code dist/} source (the constants
 * {@code DEFAULT_PROVIDER}, {@code DEFAULT_MODEL} and {@code DEFAULT_CONTEXT_TOKENS} of its
 * {@code defaults-*.js}, the {@code models list} command of {@code list.list-command-*.js} and
 * {@code list.row-sources-*.js}); docs/openclaw/model-resolution.md#other-releases. A target between two rows
 * takes the older row.
 */
public final class ReleaseModelDefaults {
    private ReleaseModelDefaults() {}

    /** Which refs {@code models list} shows although no configured row matches them. */
    public enum RoutedRefs {
        /** The default and fallback refs, whatever {@code models.mode} says (2026.7.1 {@code probes/mode-replace.json5}). */
        ALWAYS,
        /** The default and fallback refs, but only when {@code models.mode} keeps the built-in providers (2026.8.2). */
        WHEN_MERGED,
        /** None: only configured and allowlisted rows (2026.9.6). */
        NEVER
    }

    /** Which configured provider rows {@code models list} shows (besides the named refs). */
    public enum ProviderRows {
        /** None: only the routed, image and {@code agents.defaults.models} refs ({@code appendConfiguredProviderRows} only with {@code --provider}). */
        NONE,
        /**
         * The rows whose provider or row writes {@code api} ({@code shouldListConfiguredProviderModel}; 2026.7.1
         * {@code corpus/real/057}: a provider with a {@code baseUrl} and no {@code api} lists only its default row).
         */
        WRITTEN_API,
        /** The rows of every provider that has an {@code api} and a {@code baseUrl}, written or defaulted (2026.9.6). */
        CALLABLE
    }

    /**
     * One release's facts.
     *
     * @param defaultProvider where a bare id that no configured provider claims goes ({@code DEFAULT_PROVIDER})
     * @param builtInDefaultModel the model OpenClaw answers with when nothing names one ({@code DEFAULT_PROVIDER/DEFAULT_MODEL})
     * @param listedWindow the {@code contextWindow} {@code models list} shows for a configured row that writes none
     * @param infersBareProvider whether a bare id takes the provider of its unique configured row
     *     ({@code inferUniqueProviderFromConfiguredModels}); before 2026.4 every bare id goes to the default provider
     * @param firstRowWithoutPrimary whether, with no primary written, OpenClaw takes the first configured row
     *     ({@code resolveConfiguredProviderFallback}); else its built-in default model
     * @param providerRows which configured provider rows {@code models list} shows
     * @param listFiltersByAllowlist whether {@code models list} shows only the configured rows the allowlist admits
     *     (up to 2026.7 every configured provider row is shown: 2026.7.1 {@code corpus/real/036}, an
     *     {@code openrouter} row outside {@code agents.defaults.models}; 2026.8.2's probes do not tell, it is
     *     taken to be 2026.9's)
     * @param listFollowsAgent whether {@code models list} tags the agent's own primary and fallbacks; else
     *     always {@code agents.defaults.model}'s, whatever {@code --agent} says
     * @param routedRefs which routed refs without a configured row {@code models list} shows
     * @param evidence where the row comes from
     */
    public record Facts(String defaultProvider, String builtInDefaultModel, double listedWindow,
            boolean infersBareProvider, boolean firstRowWithoutPrimary, ProviderRows providerRows,
            boolean listFiltersByAllowlist, boolean listFollowsAgent, RoutedRefs routedRefs, String evidence) {}

    private static final Map<TargetVersion, Facts> RELEASES = new TreeMap<>(Map.of(
            new TargetVersion(2026, 2), new Facts("anthropic", "anthropic/claude-opus-4-6", 200_000, false, false,
                    ProviderRows.NONE,
                    false, false, RoutedRefs.ALWAYS, "2026.2.21: dist source (resolveConfiguredModelRef: a bare id is anthropic/<id>, "
                            + "no primary is DEFAULT_PROVIDER/DEFAULT_MODEL) and models-2026.2.21.jsonl"),
            new TargetVersion(2026, 3), new Facts("anthropic", "anthropic/claude-opus-4-6", 200_000, false, true,
                    ProviderRows.NONE,
                    false, false, RoutedRefs.ALWAYS, "2026.3.31: dist source (defaults, resolveConfiguredModelRef, "
                            + "resolveConfiguredProviderFallback); not recorded"),
            new TargetVersion(2026, 4), new Facts("openai", "openai/gpt-5.5", 200_000, true, true,
                    ProviderRows.NONE,
                    false, false, RoutedRefs.ALWAYS, "2026.4.27: dist source (defaults; appendConfiguredModelRowSources "
                            + "adds provider rows only with --provider); not recorded"),
            new TargetVersion(2026, 5), new Facts("openai", "openai/gpt-5.5", 200_000, true, true,
                    ProviderRows.WRITTEN_API,
                    false, false, RoutedRefs.ALWAYS, "2026.5.28: dist source (defaults, list.row-sources); not recorded"),
            new TargetVersion(2026, 6), new Facts("openai", "openai/gpt-5.6-sol", 200_000, true, true,
                    ProviderRows.WRITTEN_API,
                    false, false, RoutedRefs.ALWAYS, "2026.6.35: dist source (defaults, list.row-sources); not recorded"),
            new TargetVersion(2026, 7), new Facts("openai", "openai/gpt-5.5", 200_000, true, true,
                    ProviderRows.WRITTEN_API,
                    false, false, RoutedRefs.ALWAYS, "2026.7.1: models-2026.7.1.jsonl (probes/empty.json5 openai/gpt-5.5; "
                            + "probes/mode-replace.json5 lists the fallbacks; corpus/real/003 --agent hiro lists the defaults' tags)"),
            new TargetVersion(2026, 8), new Facts("openai", "openai/gpt-5.6-sol", 200_000, true, true,
                    ProviderRows.CALLABLE,
                    true, true, RoutedRefs.WHEN_MERGED, "2026.8.2: models-2026.8.2.jsonl (probes/empty.json5 openai/gpt-5.6-sol; "
                            + "probes/context-defaults.json5 200000; probes/slash-ids.json5 lists qwen/Qwen3-32B)"),
            new TargetVersion(2026, 9), new Facts("openai", "openai/gpt-6-astra", 128_000, true, true,
                    ProviderRows.CALLABLE,
                    true, true, RoutedRefs.NEVER, "2026.9.6: models-2026.9.6.jsonl (probes/empty.json5 openai/gpt-6-astra; "
                            + "probes/context-defaults.json5 128000, OpenClaw's model registry contextWindow ?? 128e3)")));

    /** The facts of a release: its own row, else the newest older one (else the oldest row). */
    public static Facts of(TargetVersion target) {
        @Nullable Facts best = null;
        for (Map.Entry<TargetVersion, Facts> e : RELEASES.entrySet()) {
            if (best == null || target.atLeast(e.getKey())) {
                best = e.getValue();
            }
        }
        if (best == null) {
            throw new IllegalStateException("no model-resolution facts");
        }
        return best;
    }

    /** OpenClaw's default provider for the release: a bare id that no configured provider claims goes here. */
    public static String defaultProvider(TargetVersion target) {
        return of(target).defaultProvider();
    }

    /** Which routed refs without a configured row {@code models list} shows (see {@link RoutedRefs}). */
    public static RoutedRefs routedRefsListed(TargetVersion target) {
        return of(target).routedRefs();
    }

    /** The context window {@code models list} shows for a configured model row that writes none, for the release. */
    public static double contextWindow(TargetVersion target) {
        return of(target).listedWindow();
    }

    /** Why a row without {@code contextWindow} has {@link #contextWindow(TargetVersion)} tokens, for origins. */
    public static String contextWindowReason(TargetVersion target) {
        String window = String.valueOf((long) contextWindow(target));
        return window + ": a model row without contextWindow gets " + window + " tokens in OpenClaw's model registry";
    }

    /** The model OpenClaw answers with when nothing names one and no provider row is configured. */
    public static String builtInDefaultModel(TargetVersion target) {
        return of(target).builtInDefaultModel();
    }
}
