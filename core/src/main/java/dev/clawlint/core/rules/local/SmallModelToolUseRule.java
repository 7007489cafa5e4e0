package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.ModelSize;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import java.util.Optional;

/** An agent model under 14B parameters: the guide says such models often fail multi-step tool calls. */
@RuleInfo(
        id = "small-model-tool-use",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "An agent's primary or fallback model has fewer than 14B parameters and often fails tool calls")
public final class SmallModelToolUseRule implements Rule {
    /** The guide's threshold ("Tool-Use Capability"). */
    static final double MIN_BILLIONS = 14;

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (ModelRef ref : target.effective().references()) {
            if (ref.use() != ModelUse.PRIMARY && ref.use() != ModelUse.FALLBACK) {
                continue;
            }
            Optional<ModelSize> size = ref.size();
            if (size.isEmpty() || size.get().totalBillions() >= MIN_BILLIONS) {
                continue;
            }
            String role = ref.use() == ModelUse.PRIMARY ? "primary" : "fallback";
            ctx.report(ref.pointer(), "\"" + ref.written() + "\" (" + size.get().describe() + ") is the agent's " + role
                    + " model: models under 14B parameters often fail multi-step tool calls (guide, \"Tool-Use "
                    + "Capability\"), so the agent stalls or answers without acting. Use a 14B+ model here; keep small "
                    + "models for the heartbeat.");
        }
    }
}
