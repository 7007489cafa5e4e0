package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.Valued;
import java.util.Locale;
import java.util.regex.Pattern;

/** A model whose id says it reasons ({@code deepseek-r1}, {@code qwq}, ...) with {@code reasoning} false or unset. */
@RuleInfo(
        id = "reasoning-flag",
        severity = Severity.INFO,
        category = Category.LOCAL_MODELS,
        summary = "A reasoning model (r1, qwq, thinking) whose reasoning flag is false or unset")
public final class ReasoningFlagRule implements Rule {
    private static final Pattern REASONING = Pattern.compile("(?<![a-z0-9])(r1|qwq|reasoning|reasoner|think|thinking)(?![a-z])");

    /** Whether a model id names a reasoning model. */
    static boolean saysReasoning(String modelId) {
        return REASONING.matcher(modelId.toLowerCase(Locale.ROOT)).find();
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveModel m : target.effective().models()) {
            if (!saysReasoning(m.id()) || m.reasoning().value()) {
                continue;
            }
            String message = "\"" + m.ref() + "\" is a reasoning model but \"reasoning\" is "
                    + (Valued.isWritten(m.reasoning()) ? "false" : "unset (false)") + ": OpenClaw treats its thinking as "
                    + "answer text and does not offer thinking levels for it. Set \"reasoning\": true.";
            String at = Valued.pointerOf(m.reasoning());
            if (at != null) {
                ctx.report(at, message);
            } else {
                ctx.reportModel(m, message, null);
            }
        }
    }
}
