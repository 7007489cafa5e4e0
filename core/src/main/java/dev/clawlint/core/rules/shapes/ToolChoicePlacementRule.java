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
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code tool_choice} on a provider or in a model's {@code compat}: not a key there
 * ({@code compat: Unrecognized key: "tool_choice"}, docs/openclaw/models-and-providers.md#compat-flags). OpenClaw sends it as a request
 * parameter: {@code agents.defaults.models["<p>/<m>"].params.extra_body.tool_choice}. The fix moves
 * it there, for each model it applied to.
 */
@RuleInfo(id = "tool-choice-placement", severity = Severity.ERROR, category = Category.GUIDE_SHAPES,
        summary = "tool_choice as a provider or compat key instead of a per-model request parameter", fixable = true)
public final class ToolChoicePlacementRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode root = target.document().rootObject();
        if (root == null) {
            return;
        }
        for (Shapes.Provider p : Shapes.providers(root)) {
            List<Shapes.Model> models = Shapes.models(p);
            report(ctx, root, p.object(), p.pointer(), "models.providers." + p.id(), p.id(), models);
            ObjectNode providerCompat = p.object().object("compat");
            if (providerCompat != null) {
                report(ctx, root, providerCompat, JsonPointer.child(p.pointer(), "compat"),
                        "models.providers." + p.id() + ".compat", p.id(), models);
            }
            for (Shapes.Model m : models) {
                ObjectNode compat = m.object().object("compat");
                if (compat != null) {
                    report(ctx, root, compat, JsonPointer.child(m.pointer(), "compat"),
                            JsonPointer.toDotted(JsonPointer.child(m.pointer(), "compat")), p.id(), List.of(m));
                }
            }
        }
    }

    private static void report(RuleContext ctx, ObjectNode root, ObjectNode holder, String pointer, String dotted,
            String providerId, List<Shapes.Model> models) {
        Member member = holder.member("tool_choice");
        if (member == null) {
            return;
        }
        String refs = models.isEmpty() ? "\"" + providerId + "/<model>\""
                : String.join(", ", models.stream().map(m -> "\"" + providerId + "/" + m.id() + "\"").toList());
        String message = "\"tool_choice\" is not a key here: OpenClaw rejects the file (" + dotted
                + ": Unrecognized key: \"tool_choice\") and never sends it. Set it as a request parameter:"
                + " agents.defaults.models[" + refs + "].params.extra_body.tool_choice.";
        ctx.reportKey(JsonPointer.child(pointer, "tool_choice"), message, fix(root, holder, member, providerId, models));
    }

    private static @Nullable Fix fix(ObjectNode root, ObjectNode holder, Member member, String providerId,
            List<Shapes.Model> models) {
        if (models.isEmpty()) {
            return null;
        }
        Map<String, Object> perModel = Shapes.ordered();
        for (Shapes.Model m : models) {
            perModel.put(providerId + "/" + m.id(), Shapes.ordered("params",
                    Shapes.ordered("extra_body", Shapes.ordered("tool_choice", Edits.moved(member.value())))));
        }
        List<TextEdit> merged = Edits.merge(root, Shapes.ordered("agents", Shapes.ordered("defaults",
                Shapes.ordered("models", perModel))));
        if (merged == null) {
            return null;
        }
        List<TextEdit> edits = new ArrayList<>(Edits.removeMember(holder, member));
        edits.addAll(merged);
        return new Fix("Move tool_choice to agents.defaults.models[...].params.extra_body", edits);
    }
}
