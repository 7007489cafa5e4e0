package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import java.util.List;

/**
 * The outcome of a check run.
 *
 * @param files per-file results, in the order the files were given
 * @param failOn the threshold the run was judged by
 */
public record CheckResult(List<FileResult> files, Severity failOn) {
    /** Copies the list. */
    public CheckResult {
        files = List.copyOf(files);
    }

    /** Every finding of every file. */
    public List<Diagnostic> diagnostics() {
        return files.stream().flatMap(f -> f.diagnostics().stream()).toList();
    }

    /** How many findings have this severity. */
    public long count(Severity severity) {
        return diagnostics().stream().filter(d -> d.severity() == severity).count();
    }

    /** How many findings a {@code clawlint fix} run would fix (those that carry a fix). */
    public long fixable() {
        return diagnostics().stream().filter(d -> d.fix() != null).count();
    }

    /** The files that could not be read at all (each has one finding saying why). */
    public List<FileResult> unreadable() {
        return files.stream().filter(FileResult::unreadable).toList();
    }

    /** This result with only the findings at or above {@code least} ({@code --quiet}: errors only). */
    public CheckResult atLeast(Severity least) {
        return new CheckResult(files.stream()
                .map(f -> f.withDiagnostics(f.diagnostics().stream().filter(d -> d.severity().atLeast(least)).toList()))
                .toList(), failOn);
    }

    /** Whether some finding is at or above the threshold. */
    public boolean failed() {
        return diagnostics().stream().anyMatch(d -> d.severity().atLeast(failOn));
    }
}
