package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveAgent;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.util.JsNumbers;

/**
 * A fallback whose context window is less than half of what a session may grow to on the primary: when
 * OpenClaw falls back mid-session, the whole history goes to the smaller model and overflows it.
 */
@RuleInfo(
        id = "fallback-context-shrink",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A fallback whose context window is less than half of the primary's")
public final class FallbackContextShrinkRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        String release = target.effective().target().toString();
        for (EffectiveAgent agent : target.effective().agents()) {
            EffectiveModel primary = agent.primary().model();
            if (primary == null) {
                continue;
            }
            double session = sessionBudget(primary);
            for (ModelRef f : agent.fallbacks()) {
                EffectiveModel fallback = f.model();
                String at = f.pointer();
                if (fallback == null || at == null || fallback.contextBudget().value() * 2 >= session) {
                    continue;
                }
                String window = JsNumbers.toString(fallback.contextBudget().value());
                ctx.report(at, "Fallback \"" + f.written() + "\" has a context window of " + window + " tokens"
                        + defaulted(fallback, fallback.contextBudget().value(), release) + ", less than half of the " + JsNumbers.toString(session)
                        + " a session may grow to on the primary \"" + agent.primary().written() + "\"" + defaulted(primary, session, release)
                        + ": OpenClaw picks a fallback without looking at its window "
                        + "(https://github.com/openclaw/openclaw/issues/109436), so a long session that falls back overflows it and "
                        + "freezes or fails with \"Context overflow\" (https://github.com/openclaw/openclaw/pull/19878). Put a fallback "
                        + "with a similar window first, or cap the primary with contextTokens: " + window + " on its model row.");
            }
        }
    }

    /** What a session may grow to on the primary: its window, or its contextTokens when that is smaller. */
    private static double sessionBudget(EffectiveModel primary) {
        double window = primary.contextBudget().value();
        Double cap = Valued.valueOrNull(primary.contextTokens());
        return cap != null && cap < window ? cap : window;
    }

    /** Says so when the size is the release's default window for a row without contextWindow. */
    private static String defaulted(EffectiveModel m, double size, String release) {
        boolean fromDefault = !Valued.isWritten(m.contextWindow()) && size == m.contextBudget().value();
        return fromDefault ? " (no contextWindow: OpenClaw " + release + "'s default)" : "";
    }
}
