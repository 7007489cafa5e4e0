package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.util.JsNumbers;

/** A local provider with {@code timeoutSeconds} under 120: local inference is slow. */
@RuleInfo(
        id = "local-timeout",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A local provider's timeoutSeconds is under 120, too short for local inference")
public final class LocalTimeoutRule implements Rule {
    /** The guide's lower bound (it recommends 120 to 300 seconds). */
    static final double MINIMUM = 120;

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            Valued<Double> timeout = p.timeoutSeconds();
            if (!p.local() || timeout == null || timeout.value() >= MINIMUM) {
                continue;
            }
            ctx.report(Valued.pointerOf(timeout), "timeoutSeconds " + JsNumbers.toString(timeout.value()) + " on local provider \""
                    + p.id() + "\" is too short: loading a model and generating a long answer locally often takes minutes, "
                    + "so OpenClaw aborts requests that would have succeeded. Use 120 to 300 (guide).");
        }
    }
}
