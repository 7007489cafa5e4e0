package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import java.util.Locale;
import java.util.regex.Pattern;

/** A model whose id says it reasons ({@code deepseek-r1}, {@code qwq}, ...) with {@code reasoning} false or unset. */
public final class ReasoningFlagRule implements Rule {
    private static final RuleMeta META = new RuleMeta("reasoning-flag", Severity.INFO, Category.LOCAL_MODELS,
            "A reasoning model (r1, qwq, thinking) whose reasoning flag is false or unset");

    private static final Pattern REASONING = Pattern.compile("(?<![a-z0-9])(r1|qwq|reasoning|reasoner|think|thinking)(?![a-z])");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Whether a model id names a reasoning model. */
    static boolean saysReasoning(String modelId) {
        return REASONING.matcher(modelId.toLowerCase(Locale.ROOT)).find();
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveModel m : target.effective().models()) {
            if (!saysReasoning(m.id()) || m.reasoning().value()) {
                continue;
            }
            String message = "\"" + m.ref() + "\" is a reasoning model but \"reasoning\" is "
                    + (Models.isWritten(m.reasoning()) ? "false" : "unset (false)") + ": OpenClaw treats its thinking as "
                    + "answer text and does not offer thinking levels for it. Set \"reasoning\": true.";
            String at = Models.writtenAt(m.reasoning());
            if (at != null) {
                report.at(at, message);
            } else {
                report.model(m, message, null);
            }
        }
    }
}
