package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.OllamaParams;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.Node;
import java.util.Map;
import java.util.Optional;

/** A {@code params} key on an Ollama model that the Ollama adapter does not forward. */
public final class OllamaParamNameRule implements Rule {
    private static final RuleMeta META = new RuleMeta("ollama-param-name", Severity.WARNING, Category.LOCAL_MODELS,
            "A params key on an Ollama model that OpenClaw's Ollama adapter does not send");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveModel m : target.effective().models()) {
            if (!Models.usesNativeOllama(m)) {
                continue;
            }
            for (Map.Entry<String, Valued<Node>> e : m.params().entrySet()) {
                String key = e.getKey();
                if (OllamaParams.isForwarded(key)) {
                    continue;
                }
                Optional<String> meant = OllamaParams.suggest(key);
                report.key(null, Models.writtenAt(e.getValue()), "params." + key + " is not an Ollama option: OpenClaw's "
                        + "Ollama adapter silently drops it (see clawlint explain ollama-param-name). "
                        + meant.map(k -> "Did you mean \"" + k + "\"?").orElse("Use one of the forwarded keys, such as "
                                + "num_ctx, temperature, top_p or keep_alive."), null);
            }
        }
    }
}
