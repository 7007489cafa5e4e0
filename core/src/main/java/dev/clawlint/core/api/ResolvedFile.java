package dev.clawlint.core.api;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.report.resolve.Verdict;
import dev.clawlint.core.resolve.EffectiveConfig;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The effective config of one file.
 *
 * @param file the file as the user named it
 * @param loaderFindings what reading the file found (an unreadable {@code $include}, say), so a value
 *     missing from the effective config is not a mystery
 * @param effective the effective config, or null when the file could not be read as a config at all
 * @param verdict whether OpenClaw accepts the file, as {@code clawlint check} predicts it
 */
public record ResolvedFile(String file, List<Diagnostic> loaderFindings, @Nullable EffectiveConfig effective, Verdict verdict) {
    /** Copies the list. */
    public ResolvedFile {
        loaderFindings = List.copyOf(loaderFindings);
    }
}
