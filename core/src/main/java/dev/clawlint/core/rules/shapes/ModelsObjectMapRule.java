package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.edit.Edits;
import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A provider's {@code models} written as an object keyed by model id, as the guide does; OpenClaw
 * wants an array of {@code {id, name, ...}} (docs/openclaw/guide-shapes.md#models-as-an-object). The fix turns the braces into
 * brackets and each {@code "id": {...}} member into {@code {"id": "id", "name": "id", ...}}, touching
 * nothing else inside, so every field and comment stays.
 */
@RuleInfo(id = "models-object-map", severity = Severity.ERROR, category = Category.GUIDE_SHAPES,
        summary = "A provider's models written as an object keyed by model id instead of an array of {id, name}", fixable = true)
public final class ModelsObjectMapRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode root = target.document().rootObject();
        if (root == null) {
            return;
        }
        for (Shapes.Provider p : Shapes.providers(root)) {
            if (!(p.object().get("models") instanceof ObjectNode map)) {
                continue;
            }
            String ids = map.members().isEmpty() ? "" : " (" + Shapes.quoted(map.members().stream().map(Member::key).toList()) + ")";
            String message = "models.providers." + p.id() + ".models is an object keyed by model id" + ids
                    + ", but OpenClaw wants an array: it rejects the file (Invalid input: expected array, received object)."
                    + " Write each model as an entry {\"id\": ..., \"name\": ...} of an array.";
            List<TextEdit> edits = edits(map);
            ctx.reportKey(JsonPointer.child(p.pointer(), "models"), message,
                    edits == null ? null : new Fix("Turn models.providers." + p.id() + ".models into an array of {id, name}", edits));
        }
    }

    private static @Nullable List<TextEdit> edits(ObjectNode map) {
        SourceFile file = map.span().file();
        String text = file.text();
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(file, map.span().start(), map.span().start() + 1, "["));
        edits.add(new TextEdit(file, map.span().end() - 1, map.span().end(), "]"));
        Set<String> seen = new HashSet<>();
        for (Member m : map.members()) {
            if (!seen.add(m.key()) || !(m.value() instanceof ObjectNode model)) {
                return null; // a repeated id or a model that is not an object: the user must decide
            }
            // drop `"id": ` so the value object stands alone as an array element
            edits.add(new TextEdit(file, m.keySpan().start(), model.span().start(), ""));
            String id = model.string("id");
            if (model.has("id") && id == null) {
                return null;
            }
            List<String> added = new ArrayList<>();
            if (id == null) {
                added.add(Edits.key(file, "id") + ": " + Edits.quote(file, m.key()));
            }
            if (!model.has("name")) {
                added.add(Edits.key(file, "name") + ": " + Edits.quote(file, id == null ? m.key() : id));
            }
            if (added.isEmpty()) {
                continue;
            }
            edits.add(firstMembers(model, added, text));
        }
        return edits;
    }

    /** Inserts members at the start of an object, in the layout of its first member. */
    private static TextEdit firstMembers(ObjectNode model, List<String> members, String text) {
        SourceFile file = model.span().file();
        int open = model.span().start();
        int close = model.span().end() - 1;
        String eol = Edits.style(file).lineTerminator();
        if (model.members().isEmpty()) {
            String indent = Edits.indentOfLine(text, open);
            String inner = indent + Edits.style(file).indentUnit();
            String trailing = Edits.style(file).trailingCommas() ? "," : "";
            return new TextEdit(file, open + 1, close, eol + inner + String.join("," + eol + inner, members) + trailing
                    + eol + indent);
        }
        int first = model.members().get(0).keySpan().start();
        boolean ownLine = text.substring(lineStart(text, first), first).isBlank();
        if (!ownLine) {
            return new TextEdit(file, open + 1, open + 1, " " + String.join(", ", members) + ",");
        }
        String indent = Edits.indentOfLine(text, first);
        StringBuilder sb = new StringBuilder();
        for (String m : members) {
            sb.append(eol).append(indent).append(m).append(',');
        }
        return new TextEdit(file, open + 1, open + 1, sb.toString());
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }
}
