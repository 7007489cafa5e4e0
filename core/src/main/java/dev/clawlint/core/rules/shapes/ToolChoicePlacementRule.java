package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
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
        ObjectNode root = target.root();
        for (ProviderEntries.Provider p : ProviderEntries.providers(root)) {
            List<ProviderEntries.Model> models = ProviderEntries.models(p);
            report(ctx, p.object(), p.pointer(), "models.providers." + p.id(), p.id(), models);
            ObjectNode providerCompat = p.object().object("compat");
            if (providerCompat != null) {
                report(ctx, providerCompat, JsonPointer.child(p.pointer(), "compat"),
                        "models.providers." + p.id() + ".compat", p.id(), models);
            }
            for (ProviderEntries.Model m : models) {
                ObjectNode compat = m.object().object("compat");
                if (compat != null) {
                    report(ctx, compat, JsonPointer.child(m.pointer(), "compat"),
                            JsonPointer.toDotted(JsonPointer.child(m.pointer(), "compat")), p.id(), List.of(m));
                }
            }
        }
    }

    private static void report(RuleContext ctx, ObjectNode holder, String pointer, String dotted,
            String providerId, List<ProviderEntries.Model> models) {
        Member member = holder.member("tool_choice");
        if (member == null) {
            return;
        }
        String refs = models.isEmpty() ? "\"" + providerId + "/<model>\""
                : String.join(", ", models.stream().map(m -> "\"" + providerId + "/" + m.id() + "\"").toList());
        String message = "\"tool_choice\" is not a key here: OpenClaw rejects the file (" + dotted
                + ": Unrecognized key: \"tool_choice\") and never sends it. Set it as a request parameter:"
                + " agents.defaults.models[" + refs + "].params.extra_body.tool_choice.";
        ctx.reportKey(JsonPointer.child(pointer, "tool_choice"), message, fix(ctx, pointer, member, providerId, models));
    }

    private static @Nullable Fix fix(RuleContext ctx, String pointer, Member member, String providerId,
            List<ProviderEntries.Model> models) {
        if (models.isEmpty()) {
            return null;
        }
        Map<String, Object> perModel = Plain.ordered();
        for (ProviderEntries.Model m : models) {
            perModel.put(providerId + "/" + m.id(), Plain.ordered("params",
                    Plain.ordered("extra_body", Plain.ordered("tool_choice", FixBuilder.asWritten(member.value())))));
        }
        return ctx.fix("Move tool_choice to agents.defaults.models[...].params.extra_body")
                .removeMember(JsonPointer.child(pointer, "tool_choice"))
                .merge("", Plain.ordered("agents", Plain.ordered("defaults", Plain.ordered("models", perModel))))
                .build();
    }
}
