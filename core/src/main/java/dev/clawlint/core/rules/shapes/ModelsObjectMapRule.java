package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.util.List;

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
        ObjectNode root = target.root();
        for (ProviderEntries.Provider p : ProviderEntries.providers(root)) {
            if (!(p.object().get("models") instanceof ObjectNode map)) {
                continue;
            }
            String ids = map.members().isEmpty() ? "" : " (" + Plain.quoted(map.members().stream().map(Member::key).toList()) + ")";
            String message = "models.providers." + p.id() + ".models is an object keyed by model id" + ids
                    + ", but OpenClaw wants an array: it rejects the file (Invalid input: expected array, received object)."
                    + " Write each model as an entry {\"id\": ..., \"name\": ...} of an array.";
            String models = JsonPointer.child(p.pointer(), "models");
            ctx.reportKey(models, message, ctx.fix("Turn models.providers." + p.id() + ".models into an array of {id, name}")
                    .keyedObjectToArray(models, "id", List.of("name")).build());
        }
    }
}
