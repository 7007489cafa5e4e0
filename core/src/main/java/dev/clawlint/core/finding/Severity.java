package dev.clawlint.core.finding;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** OpenClaw rejects the config, or it cannot work as written. */
    ERROR,
    /** OpenClaw accepts it but it will likely misbehave. */
    WARNING,
    /** Worth knowing; not a problem on its own. */
    INFO;

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** The lower-case name used in output and options ({@code error}, {@code warning}, {@code info}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label ({@code error}, {@code warning}/{@code warn}, {@code info}), ignoring case. */
    public static Severity parse(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info" -> INFO;
            default -> throw new IllegalArgumentException(
                    "unknown severity '" + label + "' (expected error, warning or info)");
        };
    }
}
