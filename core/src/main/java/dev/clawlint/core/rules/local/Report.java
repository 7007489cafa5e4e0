package dev.clawlint.core.rules.local;

import dev.clawlint.core.edit.Edits;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reporting helpers: one finding per place (references inherited by several agents resolve to the
 * same text), findings on a model row, and value replacements that keep the file's quote style.
 */
final class Report {
    private final LintTarget target;
    private final RuleContext ctx;
    private final Set<String> seen = new HashSet<>();

    Report(LintTarget target, RuleContext ctx) {
        this.target = target;
        this.ctx = ctx;
    }

    /** Reports on a value once per pointer; a null pointer (nothing written) reports nothing. */
    void at(@Nullable String pointer, String message) {
        at(null, pointer, message, null);
    }

    /** Reports on a value once per pointer, with a severity and fix. */
    void at(@Nullable Severity severity, @Nullable String pointer, String message, @Nullable Fix fix) {
        if (pointer != null && seen.add(pointer)) {
            ctx.report(severity, pointer, false, message, fix);
        }
    }

    /** Reports on a member's key once per pointer. */
    void key(@Nullable Severity severity, @Nullable String pointer, String message, @Nullable Fix fix) {
        if (pointer != null && seen.add(pointer)) {
            ctx.report(severity, pointer, true, message, fix);
        }
    }

    /**
     * Reports on a model row: on its {@code id} value in the array shape, on its key in the guide's
     * object-map shape.
     */
    void model(EffectiveModel m, String message, @Nullable Fix fix) {
        String p = m.pointer();
        if (p == null) {
            return;
        }
        Document doc = target.document();
        String id = JsonPointer.child(p, "id");
        if (doc.node(id) != null) {
            at(null, id, message, fix);
        } else {
            key(null, p, message, fix);
        }
    }

    /**
     * A fix replacing the string at {@code pointer} with {@code value}, in the literal's own quote
     * character; null when the value is not a literal string in the file (an env reference, say).
     */
    @Nullable Fix replaceString(@Nullable String pointer, String value, String description) {
        TextEdit edit = replaceStringEdit(pointer, value);
        return edit == null ? null : new Fix(description, List.of(edit));
    }

    /** The edit of {@link #replaceString}, or null. */
    @Nullable TextEdit replaceStringEdit(@Nullable String pointer, String value) {
        if (pointer == null) {
            return null;
        }
        Node node = target.document().node(pointer);
        if (!(node instanceof StringNode s) || s.fromEnvironment()) {
            return null;
        }
        String text = s.span().text();
        char quote = text.isEmpty() ? '"' : text.charAt(0);
        if (quote != '"' && quote != '\'') {
            return null;
        }
        return new TextEdit(s.span().file(), s.span().start(), s.span().end(), quote + escape(value, quote) + quote);
    }

    /** A fix replacing any value at {@code pointer} with JSON text; null when nothing is written there. */
    @Nullable Fix replaceValue(@Nullable String pointer, String json, String description) {
        if (pointer == null) {
            return null;
        }
        Node node = target.document().node(pointer);
        if (node == null || node instanceof StringNode s && s.fromEnvironment()) {
            return null;
        }
        return new Fix(description, List.of(new TextEdit(node.span().file(), node.span().start(), node.span().end(), json)));
    }

    /**
     * A fix adding {@code key: value} to the object at {@code pointer}, in the file's style; null
     * when there is no object there or the key exists.
     */
    @Nullable Fix insertMember(@Nullable String pointer, String key, Object value, String description) {
        return insertPath(pointer, List.of(key), value, description);
    }

    /** A fix adding {@code value} at {@code path} below the object at {@code pointer}, creating objects on the way. */
    @Nullable Fix insertPath(@Nullable String pointer, List<String> path, Object value, String description) {
        if (pointer == null || !(target.document().node(pointer) instanceof ObjectNode object)) {
            return null;
        }
        List<TextEdit> edits = Edits.putPath(object, path, value);
        return edits == null ? null : new Fix(description, edits);
    }

    private static String escape(String value, char quote) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == quote) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
