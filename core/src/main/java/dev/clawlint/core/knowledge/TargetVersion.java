package dev.clawlint.core.knowledge;

import dev.clawlint.core.util.Regex;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenClaw release line ({@code 2026.9}) that verdicts are relative to. OpenClaw versions are
 * {@code YEAR.MONTH.PATCH}; the schema changes between months, not between patches.
 */
public record TargetVersion(int year, int month) implements Comparable<TargetVersion> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\.(\\d{1,2})(?:\\.\\d+)?");

    /** The newest release line clawlint knows: the default target. */
    public static final TargetVersion LATEST = new TargetVersion(2026, 9);

    /**
     * 2026.4: a custom provider with {@code baseUrl} and no {@code api} gets {@code openai-completions}
     * (docs/openclaw/releases.md#20264). Before it such a provider has no adapter and fails at run time.
     */
    public static final TargetVersion DEFAULT_API_FOR_CUSTOM_PROVIDERS = new TargetVersion(2026, 4);

    /**
     * 2026.8: {@code agents.list} is replaced by keyed {@code agents.entries}, an unset model
     * {@code contextWindow} stays unset instead of being materialized as 200000, and provider-level
     * context windows move into each model row (docs/openclaw/releases.md#20268).
     */
    public static final TargetVersion AGENTS_ENTRIES = new TargetVersion(2026, 8);

    /**
     * 2026.8: an unset model {@code contextWindow} is no longer materialized as 200000 at load; it
     * stays unset (docs/openclaw/releases.md#20268). The same release as {@link #AGENTS_ENTRIES}.
     */
    public static final TargetVersion UNSET_CONTEXT_WINDOW_STAYS_UNSET = AGENTS_ENTRIES;

    /** Older than every release: "since" for data that names no first release. */
    public static final TargetVersion BEFORE_ALL = new TargetVersion(2000, 1);

    /** Newer than every release: "until" for data that names no last release. */
    public static final TargetVersion AFTER_ALL = new TargetVersion(9999, 1);

    /** The release lines clawlint can target, oldest first. */
    public static final List<TargetVersion> SUPPORTED = List.of(
            new TargetVersion(2026, 2), new TargetVersion(2026, 3), DEFAULT_API_FOR_CUSTOM_PROVIDERS,
            new TargetVersion(2026, 5), new TargetVersion(2026, 6), new TargetVersion(2026, 7),
            AGENTS_ENTRIES, LATEST);

    /** Checks the month. */
    public TargetVersion {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    /**
     * Parses {@code 2026.9}, {@code 2026.9.6} or {@code latest}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a version
     *     or names a release clawlint does not know
     */
    public static TargetVersion parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("latest")) {
            return LATEST;
        }
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an OpenClaw version (expected YEAR.MONTH, e.g. 2026.9)");
        }
        TargetVersion v = new TargetVersion(Integer.parseInt(Regex.group(m, 1)), Integer.parseInt(Regex.group(m, 2)));
        if (!SUPPORTED.contains(v)) {
            throw new IllegalArgumentException("OpenClaw " + v + " is not a target clawlint knows (known: "
                    + SUPPORTED.get(0) + " to " + LATEST + ")");
        }
        return v;
    }

    /** Whether this release is {@code other} or newer: whether a cut-over constant above applies. */
    public boolean atLeast(TargetVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(TargetVersion o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }

    @Override
    public String toString() {
        return year + "." + month;
    }
}
