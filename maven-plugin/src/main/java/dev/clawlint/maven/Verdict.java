package dev.clawlint.maven;

import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.CheckResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Whether a check fails the build: a finding at or above the failure severity, or more warnings
 * than allowed.
 *
 * @param failOn the least severe finding that fails the build
 * @param maxWarnings the most warnings that still pass, or {@code -1} for no limit
 */
record Verdict(Severity failOn, int maxWarnings) {
    /** Checks the warning limit. */
    Verdict {
        if (maxWarnings < -1) {
            throw new IllegalArgumentException("maxWarnings must be -1 (no limit) or at least 0, not " + maxWarnings);
        }
    }

    /** {@code 2 errors, 1 warning, 0 infos in 3 files}. */
    static String summary(CheckResult result) {
        return plural(result.count(Severity.ERROR), "error") + ", " + plural(result.count(Severity.WARNING), "warning")
                + ", " + plural(result.count(Severity.INFO), "info") + " in " + plural(result.files().size(), "file");
    }

    /** The one-line reason the build fails, or null when it passes. */
    @Nullable String failure(CheckResult result) {
        long atOrAbove = result.diagnostics().stream().filter(d -> d.severity().atLeast(failOn)).count();
        if (atOrAbove > 0) {
            return "clawlint: " + summary(result) + "; the build fails on " + failOn.label()
                    + (failOn == Severity.ERROR ? "s" : "s or worse") + " (failOnSeverity=" + failOn.label() + ")";
        }
        long warnings = result.count(Severity.WARNING);
        if (maxWarnings >= 0 && warnings > maxWarnings) {
            return "clawlint: " + summary(result) + "; more warnings than maxWarnings=" + maxWarnings;
        }
        return null;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
