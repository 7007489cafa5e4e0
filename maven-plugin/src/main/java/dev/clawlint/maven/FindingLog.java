package dev.clawlint.maven;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.CheckResult;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes each finding to the build log as one compiler-style line,
 * {@code file:line:col: severity: message [rule-id]}, at the log level of its severity, so IDEs and
 * CI log viewers link it to the file.
 */
final class FindingLog {
    private FindingLog() {}

    static void log(CheckResult result, Log log) {
        for (Diagnostic d : result.diagnostics()) {
            String line = d.toLine();
            switch (d.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
    }
}
