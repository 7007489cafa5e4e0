package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;

/** A model id that repeats its provider's id as a prefix ({@code ollama/qwen3:8b} under {@code ollama}). */
@RuleInfo(
        id = "model-id-provider-prefix",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A model id that repeats its provider prefix")
public final class ModelIdProviderPrefixRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            String prefix = p.id() + "/";
            for (EffectiveModel m : p.models()) {
                if (!m.id().startsWith(prefix)) {
                    continue;
                }
                String bare = m.id().substring(prefix.length());
                ctx.reportModel(m, "Model id \"" + m.id() + "\" repeats its provider prefix: OpenClaw names it \"" + m.ref()
                        + "\", so references to \"" + p.id() + "/" + bare + "\" fail with \"Unknown model\" (https://github.com/openclaw/openclaw/issues/18918). "
                        + "Write the id without the prefix: \"" + bare + "\".", null);
            }
        }
    }
}
