package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;

/**
 * The model-resolution defaults that change with the OpenClaw release, in one place. Each is taken from
 * OpenClaw's own answers recorded in {@code fixtures/oracle/models-<release>.jsonl}
 * (docs/openclaw/model-resolution.md#other-releases).
 */
public final class ReleaseModelDefaults {
    private ReleaseModelDefaults() {}

    /** OpenClaw's default provider: a bare model id that no configured provider claims goes here. */
    public static final String DEFAULT_PROVIDER = "openai";

    /**
     * From this release on a configured model row without {@code contextWindow} gets 128000 tokens
     * (recorded: 2026.9.6 {@code probes/context-defaults.json5}, every row {@code contextWindow: 128000});
     * before it, 200000 (recorded: 2026.8.2, the same probe, {@code contextWindow: 200000}).
     */
    private static final TargetVersion WINDOW_128K = new TargetVersion(2026, 9);

    /** From this release on the built-in default model is {@code openai/gpt-6-astra} (see {@link #builtInDefaultModel}). */
    private static final TargetVersion ASTRA_DEFAULT = new TargetVersion(2026, 9);

    /**
     * Up to 2026.8 {@code models list} also shows the default and fallback refs that have no configured row
     * (recorded: 2026.8.2 {@code probes/bare-refs.json5}, rows {@code openai/llama3.1:8b} tagged
     * {@code fallback#1}; {@code probes/slash-ids.json5}, a {@code qwen/Qwen3-32B} row tagged {@code default});
     * 2026.9.6 lists configured and allowlisted rows only (the same probes).
     */
    public static boolean listsRoutedRefsWithoutRow(TargetVersion target) {
        return !target.atLeast(ROUTED_REFS_UNLISTED);
    }

    /** From this release on {@code models list} shows no row for a routed ref without one (see {@link #listsRoutedRefsWithoutRow}). */
    private static final TargetVersion ROUTED_REFS_UNLISTED = new TargetVersion(2026, 9);

    /** The context window of a configured model row that writes none, for the release. */
    public static double contextWindow(TargetVersion target) {
        return target.atLeast(WINDOW_128K) ? 128_000 : 200_000;
    }

    /** Why a row without {@code contextWindow} has {@link #contextWindow(TargetVersion)} tokens, for origins. */
    public static String contextWindowReason(TargetVersion target) {
        String window = target.atLeast(WINDOW_128K) ? "128000" : "200000";
        return window + ": a model row without contextWindow gets " + window + " tokens in OpenClaw's model registry";
    }

    /**
     * The model OpenClaw answers with when nothing names one and no provider row is configured
     * (recorded: {@code probes/empty.json5}: 2026.9.6 {@code openai/gpt-6-astra}, 2026.8.2
     * {@code openai/gpt-5.6-sol}; earlier releases were not recorded and are taken to be 2026.8's).
     */
    public static String builtInDefaultModel(TargetVersion target) {
        return target.atLeast(ASTRA_DEFAULT) ? "openai/gpt-6-astra" : "openai/gpt-5.6-sol";
    }
}
