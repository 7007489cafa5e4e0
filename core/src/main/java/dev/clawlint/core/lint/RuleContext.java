package dev.clawlint.core.lint;

import dev.clawlint.core.source.Span;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where a rule reports. Pointers address the composed document; a pointer to a missing node is
 * reported on its closest existing ancestor.
 */
public interface RuleContext {
    /** Reports a finding on the value at {@code pointer}, with the rule's default severity. */
    default void report(String pointer, String message) {
        report(pointer, message, null);
    }

    /** Reports a finding on the value at {@code pointer}, with a fix. */
    default void report(String pointer, String message, @Nullable Fix fix) {
        report(null, pointer, false, message, fix);
    }

    /** Reports a finding on the key of the member at {@code pointer} (the value, for the root or an array element). */
    default void reportKey(String pointer, String message) {
        reportKey(pointer, message, null);
    }

    /** Reports a finding on the key of the member at {@code pointer}, with a fix. */
    default void reportKey(String pointer, String message, @Nullable Fix fix) {
        report(null, pointer, true, message, fix);
    }

    /**
     * The general form.
     *
     * @param severity this finding's severity, or null for the rule's default
     * @param pointer the node the finding is about
     * @param onKey highlight the member's key rather than its value
     * @param message what is wrong, what OpenClaw will do, how to fix it
     * @param fix an automatic repair, or null
     */
    void report(@Nullable Severity severity, String pointer, boolean onKey, String message, @Nullable Fix fix);

    /**
     * Reports on a stretch of text that no pointer addresses, such as the earlier of two members
     * with the same key (the pointer reaches only the later one).
     *
     * @param pointer the closest pointer, for machine-readable output
     * @param span the text to highlight
     */
    void reportSpan(String pointer, Span span, String message, @Nullable Fix fix);
}
