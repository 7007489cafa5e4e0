package dev.clawlint.core.finding;

import dev.clawlint.core.source.Range;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One finding, positioned.
 *
 * @param ruleId the rule that found it
 * @param severity its effective severity
 * @param message what is wrong, what OpenClaw will do with it, and how to fix it
 * @param file the file it is in, as named to the user
 * @param pointer JSON Pointer of the node it is about, in the composed document ({@code ""} = root)
 * @param range the key or value it is about
 * @param fix an automatic repair, if the rule has one
 */
public record Diagnostic(
        String ruleId,
        Severity severity,
        String message,
        String file,
        String pointer,
        Range range,
        @Nullable Fix fix) {

    /** The {@code file:line:col: severity: message [rule-id]} line, as compilers print it. */
    public String toLine() {
        return file + ":" + range.start().line() + ":" + range.start().column() + ": " + severity.label()
                + ": " + message + " [" + ruleId + "]";
    }
}
