package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;

/** A local model without {@code contextWindow}: OpenClaw then budgets 200000 tokens for it. */
public final class ImplicitContextWindowRule implements Rule {
    private static final RuleMeta META = new RuleMeta("implicit-context-window", Severity.WARNING, Category.LOCAL_MODELS,
            "A local model without contextWindow, which OpenClaw budgets as 200000 tokens");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (!p.local()) {
                continue;
            }
            for (EffectiveModel m : p.models()) {
                if (Models.isWritten(m.contextWindow()) || m.contextTokens() != null) {
                    continue;
                }
                report.model(m, "Local model \"" + m.ref() + "\" has no contextWindow: OpenClaw budgets "
                        + Models.tokens(EffectiveModel.DEFAULT_CONTEXT_BUDGET) + " tokens for it, far more than a local "
                        + "server holds, so long sessions overflow and get truncated. Set contextWindow to the context the "
                        + "server really runs (e.g. 32768).", null);
            }
        }
    }
}
