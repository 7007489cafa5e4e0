package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.util.JsNumbers;

/** {@code maxTokens} above {@code contextWindow}: OpenClaw silently clamps it. */
@RuleInfo(
        id = "max-tokens-exceeds-context",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A model's maxTokens is larger than its contextWindow")
public final class MaxTokensExceedsContextRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveModel m : target.effective().models()) {
            // without a written window the budget is the release's default (128000 on 2026.9), and the clamp applies to it
            Valued<Double> window = m.contextBudget();
            String maxAt = Valued.pointerOf(m.maxTokens());
            if (maxAt == null || m.maxTokens().value() <= window.value()) {
                continue;
            }
            String cw = JsNumbers.toString(window.value());
            String which = m.contextWindow() != null ? "contextWindow " + cw
                    : "the window OpenClaw " + target.effective().target() + " gives a row without contextWindow (" + cw + ")";
            ctx.report(maxAt, "maxTokens " + JsNumbers.toString(m.maxTokens().value()) + " is larger than " + which
                    + " of \"" + m.ref() + "\": OpenClaw silently clamps it to " + cw + " (PR #5516), leaving no room "
                    + "for the prompt. Set maxTokens well below the window, e.g. " + JsNumbers.toString(Math.floor(window.value() / 4)) + ".");
        }
    }
}
