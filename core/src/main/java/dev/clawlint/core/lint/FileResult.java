package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * The findings for one checked file.
 *
 * @param file the file as the user named it
 * @param sources every file read for it (the named file, then included files), by display name,
 *     so reporters can show source lines
 * @param diagnostics the findings, sorted by position
 * @param target the release line the file was judged for, and why
 * @param unreadable whether the file could not be read at all (missing, a directory, no permission); its one
 *     finding then says why, and the run ends with exit code 2
 * @param suppressed the findings inline comments silenced, sorted by position (not part of {@link #diagnostics})
 */
public record FileResult(String file, Map<String, SourceFile> sources, List<Diagnostic> diagnostics, TargetChoice target,
        boolean unreadable, List<SuppressedFinding> suppressed) {
    /** Copies the collections. */
    public FileResult {
        sources = Map.copyOf(sources);
        diagnostics = List.copyOf(diagnostics);
        suppressed = List.copyOf(suppressed);
    }

    /** A result without suppressed findings. */
    public FileResult(String file, Map<String, SourceFile> sources, List<Diagnostic> diagnostics, TargetChoice target,
            boolean unreadable) {
        this(file, sources, diagnostics, target, unreadable, List.of());
    }

    /** This result with other findings (a filter: --quiet, a baseline), its suppressed ones kept. */
    public FileResult withDiagnostics(List<Diagnostic> kept) {
        return new FileResult(file, sources, kept, target, unreadable, suppressed);
    }

    /** The result of a file that was read. */
    public FileResult(String file, Map<String, SourceFile> sources, List<Diagnostic> diagnostics, TargetChoice target) {
        this(file, sources, diagnostics, target, false);
    }
}
