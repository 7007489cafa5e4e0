package dev.clawlint.core.report;

import java.nio.file.Path;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How a report is rendered, beyond the result itself.
 *
 * @param showSource {@code text}: print the source line and carets under each finding
 * @param color {@code text}: colour with ANSI escapes (the shell decides: a terminal, {@code --color}, {@code NO_COLOR})
 * @param baseDirectory what file names are made relative to ({@code %SRCROOT%} in SARIF); null for the working directory
 */
public record ReportOptions(boolean showSource, boolean color, @Nullable Path baseDirectory) {
    /** Source excerpts, no colour, the working directory as the base. */
    public static final ReportOptions DEFAULTS = new ReportOptions(true, false, null);

    /** The base directory, absolute and normalized. */
    public Path base() {
        Path b = baseDirectory;
        return (b == null ? Path.of("") : b).toAbsolutePath().normalize();
    }
}
