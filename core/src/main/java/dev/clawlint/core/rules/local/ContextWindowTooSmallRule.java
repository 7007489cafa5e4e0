package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.Valued;

/** A {@code contextWindow} below 16000 tokens, which OpenClaw refuses to run. */
public final class ContextWindowTooSmallRule implements Rule {
    private static final RuleMeta META = new RuleMeta("context-window-too-small", Severity.ERROR, Category.LOCAL_MODELS,
            "A model's contextWindow is below the 16000 tokens OpenClaw requires");

    /** OpenClaw's floor ("Minimum is 16000"). */
    static final double MINIMUM = 16_000;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveModel m : target.effective().models()) {
            Valued<Double> window = m.contextWindow();
            if (window == null || !(window.value() > 0) || window.value() >= MINIMUM) {
                continue;
            }
            report.at(Models.writtenAt(window), "contextWindow " + Models.tokens(window.value()) + " of \"" + m.ref()
                    + "\" is below OpenClaw's minimum: it refuses the model with \"Model context window too small ("
                    + Models.tokens(window.value()) + " tokens). Minimum is 16000.\" (openclaw#21653). Give the model at "
                    + "least 16384 tokens (and the same params.num_ctx on Ollama).");
        }
    }
}
