package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.util.JsNumbers;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An Ollama model whose {@code contextWindow} is not what Ollama allocates: {@code params.num_ctx}
 * differs, or (native adapter) nothing tells Ollama the window at all, so it uses its small default, or the window is
 * more than any {@code num_ctx} can be.
 */
@RuleInfo(
        id = "context-window-mismatch",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "An Ollama model whose contextWindow is not the context Ollama allocates (params.num_ctx)",
        fixable = true)
public final class ContextWindowMismatchRule implements Rule {
    /** The largest context llama.cpp can hold: {@code n_ctx} is a {@code uint32_t} in its {@code llama_context_params}. */
    static final long MAX_NUM_CTX = 4_294_967_295L;

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            for (EffectiveModel m : p.models()) {
                Valued<Double> window = m.contextWindow();
                String windowAt = Valued.pointerOf(window);
                if (window == null || windowAt == null || !p.runsOnOllama(m)) {
                    continue;
                }
                String cw = JsNumbers.toString(window.value());
                if (window.value() > MAX_NUM_CTX) {
                    // no num_ctx can match it, so no fix can copy it there
                    ctx.report(windowAt, "contextWindow " + cw + " is more than Ollama can allocate: llama.cpp, which it runs,"
                            + " holds the context size in 32 bits (at most " + MAX_NUM_CTX + " tokens). OpenClaw accepts it and"
                            + " budgets prompts to it, so it never compacts a session and long ones fail at the server. Set"
                            + " contextWindow (and params.num_ctx) to the context the server really runs, e.g. 32768.");
                    continue;
                }
                boolean setsNumCtx = m.params().containsKey("num_ctx");
                Double n = m.numberParam("num_ctx");
                if (n != null) {
                    if (n.doubleValue() != window.value()) {
                        ctx.report(windowAt, "contextWindow is " + cw + " but params.num_ctx is " + JsNumbers.toString(n)
                                + ": OpenClaw budgets " + cw + " tokens while Ollama allocates " + JsNumbers.toString(n)
                                + ", so " + (n < window.value() ? "long prompts are silently truncated" : "memory is wasted")
                                + ". Set params.num_ctx to " + cw + ".",
                                ctx.fix("Set params.num_ctx to " + cw)
                                        .replaceValueText(Valued.pointerOf(m.params().get("num_ctx")), cw).build());
                    }
                } else if (!setsNumCtx && m.contextTokens() == null && m.usesNativeOllama()) {
                    @Nullable Fix fix = ctx.fix("Set params.num_ctx to " + cw)
                            .insertPath(m.pointer(), List.of("params", "num_ctx"), (long) window.value().doubleValue()).build();
                    ctx.report(windowAt, "contextWindow " + cw + " is not sent to Ollama: with neither params.num_ctx "
                            + "nor contextTokens, Ollama allocates its small default context and long prompts come back "
                            + "truncated or empty (https://github.com/openclaw/openclaw/issues/142695). Add params.num_ctx: " + cw + ".", fix);
                }
            }
        }
    }
}
