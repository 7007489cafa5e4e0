package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.util.JsNumbers;

/**
 * A local model without {@code contextWindow}: OpenClaw then budgets the release's default for it (128000
 * tokens from 2026.9, 200000 before; docs/openclaw/model-resolution.md#context-window-defaults).
 */
@RuleInfo(
        id = "implicit-context-window",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A local model without contextWindow, which OpenClaw budgets as 128000 tokens (200000 before 2026.9)")
public final class ImplicitContextWindowRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (!p.local()) {
                continue;
            }
            for (EffectiveModel m : p.models()) {
                if (Valued.isWritten(m.contextWindow()) || m.contextTokens() != null) {
                    continue;
                }
                ctx.reportModel(m, "Local model \"" + m.ref() + "\" has no contextWindow: OpenClaw budgets "
                        + JsNumbers.toString(m.contextBudget().value()) + " tokens for it, far more than a local "
                        + "server holds, so long sessions overflow and get truncated. Set contextWindow to the context the "
                        + "server really runs (e.g. 32768).", null);
            }
        }
    }
}
