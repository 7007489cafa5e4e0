package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Origin;
import java.util.HashMap;
import java.util.Map;

/** Two model rows with one id in a provider: OpenClaw merges them silently. */
@RuleInfo(
        id = "duplicate-model-id",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "Two models with the same id in one provider")
public final class DuplicateModelIdRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            Map<String, Integer> firstLine = new HashMap<>();
            for (EffectiveModel m : p.models()) {
                // rows of the models array; an object map's keys (migrated ids) cannot repeat
                Origin id = m.idOrigin();
                if (id instanceof Origin.Migrated || id.pointer() == null) {
                    continue;
                }
                Integer earlier = firstLine.putIfAbsent(m.id(), id.line());
                if (earlier != null) {
                    ctx.report(id.pointer(), "Model id \"" + m.id() + "\" appears again in provider \"" + p.id()
                            + "\" (first at line " + earlier + "): OpenClaw merges the rows silently, so one row's "
                            + "settings are lost. Remove or rename one of them.");
                }
            }
        }
    }
}
