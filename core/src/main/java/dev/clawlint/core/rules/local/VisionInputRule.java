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

/** A model whose id says vision ({@code llava}, {@code -vl}, ...) whose {@code input} lacks {@code "image"}. */
@RuleInfo(
        id = "vision-input",
        severity = Severity.INFO,
        category = Category.LOCAL_MODELS,
        summary = "A vision model (llava, moondream, -vl) whose input does not include image")
public final class VisionInputRule implements Rule {
    private static final Pattern VISION = Pattern.compile("llava|moondream|vision|(?<![a-z])vl(?![a-z])");

    /** Whether a model id names a vision model. */
    static boolean saysVision(String modelId) {
        return VISION.matcher(modelId.toLowerCase(Locale.ROOT)).find();
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveModel m : target.effective().models()) {
            if (!saysVision(m.id()) || m.input().value().contains("image")) {
                continue;
            }
            String message = "\"" + m.ref() + "\" is a vision model but its input is " + m.input().value()
                    + ": OpenClaw never sends it images (they are dropped or described as text). Set \"input\": "
                    + "[\"text\", \"image\"].";
            String at = Valued.pointerOf(m.input());
            if (at != null) {
                ctx.report(at, message);
            } else {
                ctx.reportModel(m, message, null);
            }
        }
    }
}
