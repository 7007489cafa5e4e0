package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.Node;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An Ollama model whose {@code contextWindow} is not what Ollama allocates: {@code params.num_ctx}
 * differs, or (native adapter) nothing tells Ollama the window at all, so it uses its small default.
 */
public final class ContextWindowMismatchRule implements Rule {
    private static final RuleMeta META = new RuleMeta("context-window-mismatch", Severity.WARNING, Category.LOCAL_MODELS,
            "An Ollama model whose contextWindow is not the context Ollama allocates (params.num_ctx)", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveProvider p : target.effective().providers().values()) {
            for (EffectiveModel m : p.models()) {
                Valued<Double> window = m.contextWindow();
                String windowAt = Models.writtenAt(window);
                if (window == null || windowAt == null || !Models.onOllama(p, m)) {
                    continue;
                }
                String cw = Models.tokens(window.value());
                Valued<Node> numCtx = m.params().get("num_ctx");
                Double n = Models.number(numCtx);
                if (numCtx != null && n != null) {
                    if (n.doubleValue() != window.value()) {
                        report.at(null, windowAt, "contextWindow is " + cw + " but params.num_ctx is " + Models.tokens(n)
                                + ": OpenClaw budgets " + cw + " tokens while Ollama allocates " + Models.tokens(n)
                                + ", so " + (n < window.value() ? "long prompts are silently truncated" : "memory is wasted")
                                + ". Set params.num_ctx to " + cw + ".",
                                report.replaceValue(Models.writtenAt(numCtx), cw, "Set params.num_ctx to " + cw));
                    }
                } else if (numCtx == null && m.contextTokens() == null && Models.usesNativeOllama(m)) {
                    @Nullable Fix fix = m.pointer() == null ? null
                            : report.insertPath(m.pointer(), List.of("params", "num_ctx"), (long) window.value().doubleValue(), "Set params.num_ctx to " + cw);
                    report.at(null, windowAt, "contextWindow " + cw + " is not sent to Ollama: with neither params.num_ctx "
                            + "nor contextTokens, Ollama allocates its small default context and long prompts come back "
                            + "truncated or empty (openclaw#142695). Add params.num_ctx: " + cw + ".", fix);
                }
            }
        }
    }
}
