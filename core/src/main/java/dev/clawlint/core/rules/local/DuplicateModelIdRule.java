package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two model rows with one id in a provider: OpenClaw merges them silently. */
public final class DuplicateModelIdRule implements Rule {
    private static final RuleMeta META = new RuleMeta("duplicate-model-id", Severity.WARNING, Category.LOCAL_MODELS,
            "Two models with the same id in one provider");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            String modelsAt = JsonPointer.child(p.pointer(), "models");
            if (!(target.document().node(modelsAt) instanceof ArrayNode models)) {
                continue;
            }
            Map<String, Integer> firstLine = new HashMap<>();
            List<Node> rows = models.elements();
            for (int i = 0; i < rows.size(); i++) {
                if (!(rows.get(i) instanceof ObjectNode row) || !(row.get("id") instanceof StringNode id)) {
                    continue;
                }
                Integer earlier = firstLine.putIfAbsent(id.value(), id.span().range().start().line());
                if (earlier != null) {
                    ctx.report(JsonPointer.child(JsonPointer.child(modelsAt, i), "id"), "Model id \"" + id.value()
                            + "\" appears again in provider \"" + p.id() + "\" (first at line " + earlier + "): OpenClaw "
                            + "merges the rows silently, so one row's settings are lost. Remove or rename one of them.");
                }
            }
        }
    }
}
