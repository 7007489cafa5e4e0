package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.source.Span;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.JsonPointer;
import java.util.HashSet;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where a rule reports, and how it builds fixes. Pointers address the composed document; a pointer to
 * a missing node is reported on its closest existing ancestor, and a null pointer (nothing written)
 * reports nothing. A rule reports each place once: a second report at the same pointer is dropped,
 * so a reference that several agents inherit is one finding, not one per agent.
 */
public final class RuleContext {
    /** What the engine does with a report. */
    interface Sink {
        void accept(@Nullable Severity severity, String pointer, @Nullable Span span, boolean onKey, String message,
                @Nullable Fix fix);
    }

    private final Document document;
    private final Sink sink;
    private final java.util.Map<String, Object> options;
    private final Set<String> reported = new HashSet<>();

    RuleContext(Document document, Sink sink, java.util.Map<String, Object> options) {
        this.document = document;
        this.sink = sink;
        this.options = options;
    }

    /** The value the settings give one of the rule's options ({@link Rule#options()}), or its default. */
    public <T> T option(RuleOption<T> option) {
        return option.valueIn(options);
    }

    /** Reports a finding on the value at {@code pointer}, with the rule's default severity. */
    public void report(@Nullable String pointer, String message) {
        report(null, pointer, false, message, null);
    }

    /** Reports a finding on the value at {@code pointer}, with a fix. */
    public void report(@Nullable String pointer, String message, @Nullable Fix fix) {
        report(null, pointer, false, message, fix);
    }

    /** Reports a finding on the key of the member at {@code pointer} (the value, for the root or an array element). */
    public void reportKey(@Nullable String pointer, String message) {
        report(null, pointer, true, message, null);
    }

    /** Reports a finding on the key of the member at {@code pointer}, with a fix. */
    public void reportKey(@Nullable String pointer, String message, @Nullable Fix fix) {
        report(null, pointer, true, message, fix);
    }

    /**
     * The general form.
     *
     * @param severity this finding's severity, or null for the rule's default
     * @param pointer the node the finding is about; null reports nothing
     * @param onKey highlight the member's key rather than its value
     * @param message what is wrong, what OpenClaw will do, how to fix it
     * @param fix an automatic repair, or null
     */
    public void report(@Nullable Severity severity, @Nullable String pointer, boolean onKey, String message,
            @Nullable Fix fix) {
        if (pointer != null && reported.add(pointer)) {
            sink.accept(severity, pointer, null, onKey, message, fix);
        }
    }

    /**
     * Reports on a model row: on its {@code id} value in the array shape, on its key in the guide's
     * object-map shape. A model nobody wrote (a built-in default) reports nothing.
     */
    public void reportModel(EffectiveModel model, String message, @Nullable Fix fix) {
        reportModel(null, model, message, fix);
    }

    /** {@link #reportModel(EffectiveModel, String, Fix)} with a severity of its own. */
    public void reportModel(@Nullable Severity severity, EffectiveModel model, String message, @Nullable Fix fix) {
        String row = model.pointer();
        if (row == null) {
            return;
        }
        String id = JsonPointer.child(row, "id");
        if (document.node(id) != null) {
            report(severity, id, false, message, fix);
        } else {
            report(severity, row, true, message, fix);
        }
    }

    /**
     * Reports on a stretch of text that no pointer addresses, such as the earlier of two members
     * with the same key (the pointer reaches only the later one).
     *
     * @param pointer the closest pointer, for machine-readable output
     * @param span the text to highlight
     */
    public void reportSpan(String pointer, Span span, String message, @Nullable Fix fix) {
        sink.accept(null, pointer, span, false, message, fix);
    }

    /** A fix for this document, built step by step by pointer ({@link FixBuilder}). */
    public FixBuilder fix(String description) {
        return new FixBuilder(document, description);
    }
}
