package dev.clawlint.core.load;

import dev.clawlint.core.lint.Diagnostic;
import dev.clawlint.core.lint.RuleMeta;
import dev.clawlint.core.source.SourceFile;

/** Builds the findings the loader emits, which exist before any pointer can be resolved. */
final class Diagnostics {
    private Diagnostics() {}

    static Diagnostic at(RuleMeta rule, SourceFile file, int start, int end, String pointer, String message) {
        return new Diagnostic(rule.id(), rule.defaultSeverity(), message, file.displayName(), pointer,
                file.rangeOf(start, end), null);
    }
}
