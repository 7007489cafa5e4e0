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

/** A {@code contextWindow} below 16000 tokens, which OpenClaw refuses to run. */
@RuleInfo(
        id = "context-window-too-small",
        severity = Severity.ERROR,
        category = Category.LOCAL_MODELS,
        summary = "A model's contextWindow is below the 16000 tokens OpenClaw requires")
public final class ContextWindowTooSmallRule implements Rule {
    /** OpenClaw's floor ("Minimum is 16000"). */
    static final double MINIMUM = 16_000;

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveModel m : target.effective().models()) {
            Valued<Double> window = m.contextWindow();
            if (window == null || !(window.value() > 0) || window.value() >= MINIMUM) {
                continue;
            }
            ctx.report(Valued.pointerOf(window), "contextWindow " + JsNumbers.toString(window.value()) + " of \"" + m.ref()
                    + "\" is below OpenClaw's minimum: it refuses the model with \"Model context window too small ("
                    + JsNumbers.toString(window.value()) + " tokens). Minimum is 16000.\" (https://github.com/openclaw/openclaw/issues/21653). Give the model at "
                    + "least 16384 tokens (and the same params.num_ctx on Ollama).");
        }
    }
}
