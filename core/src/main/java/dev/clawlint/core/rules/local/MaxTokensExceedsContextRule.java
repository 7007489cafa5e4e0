package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.Valued;

/** {@code maxTokens} above {@code contextWindow}: OpenClaw silently clamps it. */
public final class MaxTokensExceedsContextRule implements Rule {
    private static final RuleMeta META = new RuleMeta("max-tokens-exceeds-context", Severity.WARNING,
            Category.LOCAL_MODELS, "A model's maxTokens is larger than its contextWindow");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveModel m : target.effective().models()) {
            Valued<Double> window = m.contextWindow();
            String maxAt = Models.writtenAt(m.maxTokens());
            if (window == null || maxAt == null || m.maxTokens().value() <= window.value()) {
                continue;
            }
            String cw = Models.tokens(window.value());
            report.at(maxAt, "maxTokens " + Models.tokens(m.maxTokens().value()) + " is larger than contextWindow " + cw
                    + " of \"" + m.ref() + "\": OpenClaw silently clamps it to " + cw + " (PR #5516), leaving no room "
                    + "for the prompt. Set maxTokens well below the window, e.g. " + Models.tokens(Math.floor(window.value() / 4)) + ".");
        }
    }
}
