package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.OllamaParams;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.Valued;
import java.util.Optional;

/** A {@code params} key on an Ollama model that the Ollama adapter does not forward. */
@RuleInfo(
        id = "ollama-param-name",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A params key on an Ollama model that OpenClaw's Ollama adapter does not send")
public final class OllamaParamNameRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveModel m : target.effective().models()) {
            if (!m.usesNativeOllama()) {
                continue;
            }
            for (String key : m.params().keySet()) {
                if (OllamaParams.isForwarded(key)) {
                    continue;
                }
                Optional<String> meant = OllamaParams.suggest(key);
                ctx.reportKey(Valued.pointerOf(m.params().get(key)), "params." + key + " is not an Ollama option: OpenClaw's "
                        + "Ollama adapter silently drops it (see clawlint explain ollama-param-name). "
                        + meant.map(k -> "Did you mean \"" + k + "\"?").orElse("Use one of the forwarded keys, such as "
                                + "num_ctx, temperature, top_p or keep_alive."));
            }
        }
    }
}
