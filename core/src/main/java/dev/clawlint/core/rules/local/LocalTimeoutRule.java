package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;

/** A local provider with {@code timeoutSeconds} under 120: local inference is slow. */
public final class LocalTimeoutRule implements Rule {
    private static final RuleMeta META = new RuleMeta("local-timeout", Severity.WARNING, Category.LOCAL_MODELS,
            "A local provider's timeoutSeconds is under 120, too short for local inference");

    /** The guide's lower bound (it recommends 120 to 300 seconds). */
    static final double MINIMUM = 120;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveProvider p : target.effective().providers().values()) {
            Valued<Double> timeout = p.timeoutSeconds();
            if (!p.local() || timeout == null || timeout.value() >= MINIMUM) {
                continue;
            }
            report.at(Models.writtenAt(timeout), "timeoutSeconds " + Models.tokens(timeout.value()) + " on local provider \""
                    + p.id() + "\" is too short: loading a model and generating a long answer locally often takes minutes, "
                    + "so OpenClaw aborts requests that would have succeeded. Use 120 to 300 (guide).");
        }
    }
}
