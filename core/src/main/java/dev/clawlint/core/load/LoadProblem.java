package dev.clawlint.core.load;

import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.source.Span;

/**
 * Something the loader found before any rule could run: a file that is not JSON5, an {@code $include}
 * that OpenClaw refuses. It is not a finding yet: the lint engine turns it into one, so severity
 * settings, {@code off} and inline suppressions apply to it exactly as to a rule's finding.
 *
 * @param rule the reading rule it belongs to ({@link ReadingRules})
 * @param span the text it is about
 * @param pointer JSON Pointer of the closest node ({@code ""} when there is no document yet)
 * @param message what is wrong, what OpenClaw will do with it, and how to fix it
 */
public record LoadProblem(RuleMeta rule, Span span, String pointer, String message) {
    static LoadProblem at(RuleMeta rule, SourceFile file, int start, int end, String pointer, String message) {
        return new LoadProblem(rule, new Span(file, start, end), pointer, message);
    }
}
