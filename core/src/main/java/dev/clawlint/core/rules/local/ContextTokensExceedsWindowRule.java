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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A context budget ({@code contextTokens}) larger than the window of the model it applies to: OpenClaw
 * lets the prompt grow to the budget, past what the model holds, and the request fails with "Context
 * overflow: prompt too large". A model row's own {@code contextTokens} is compared with its window; an
 * agent's (or the defaults') with the windows of its primary and fallbacks, on the releases that apply it.
 */
@RuleInfo(
        id = "context-tokens-exceeds-window",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A contextTokens budget larger than the contextWindow of a model it applies to")
public final class ContextTokensExceedsWindowRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveModel m : target.effective().models()) {
            Double window = writtenWindow(m);
            String at = Valued.pointerOf(m.contextTokens());
            Double budget = Valued.valueOrNull(m.contextTokens());
            if (window == null || at == null || budget == null || budget <= window) {
                continue;
            }
            ctx.report(at, "contextTokens " + JsNumbers.toString(budget) + " of \"" + m.ref() + "\" is larger than its contextWindow "
                    + JsNumbers.toString(window) + ": OpenClaw budgets the session by contextTokens, so it compacts only after the "
                    + "prompt has outgrown the model and the request fails with \"Context overflow: prompt too large\" "
                    + "(https://github.com/openclaw/openclaw/issues/71136). Set contextTokens to at most " + JsNumbers.toString(window) + ".");
        }
        for (EffectiveAgent agent : target.effective().agents()) {
            Valued<Double> tokens = agent.contextTokens();
            String at = Valued.pointerOf(tokens);
            if (tokens == null || at == null) {
                continue;
            }
            List<ModelRef> chain = new ArrayList<>();
            chain.add(agent.primary());
            chain.addAll(agent.fallbacks());
            ModelRef smallest = null;
            double smallestWindow = Double.MAX_VALUE;
            for (ModelRef ref : chain) {
                EffectiveModel m = ref.model();
                Double window = m == null || m.contextTokens() != null ? null : writtenWindow(m);
                // a row with its own contextTokens is capped by it (the smaller of both applies)
                if (window != null && tokens.value() > window && window < smallestWindow) {
                    smallest = ref;
                    smallestWindow = window;
                }
            }
            if (smallest == null) {
                continue;
            }
            String where = agent.isDefaults() ? "agents.defaults.contextTokens" : "contextTokens of agent \"" + agent.id() + "\"";
            String use = smallest.use().name().toLowerCase(Locale.ROOT);
            ctx.report(at, where + " " + JsNumbers.toString(tokens.value()) + " is larger than the contextWindow "
                    + JsNumbers.toString(smallestWindow) + " of its " + use + " \"" + smallest.written() + "\": OpenClaw lets the "
                    + "session grow to " + JsNumbers.toString(tokens.value()) + " tokens before compacting, so on that model long sessions "
                    + "fail with \"Context overflow: prompt too large\" (https://github.com/openclaw/openclaw/issues/71136). Lower it to "
                    + JsNumbers.toString(smallestWindow) + ", or set contextTokens on each model row instead.");
        }
    }

    /** The window the user wrote for a row (a release's default is no statement about the model), or null. */
    private static @Nullable Double writtenWindow(EffectiveModel m) {
        return Valued.isWritten(m.contextWindow()) ? Valued.valueOrNull(m.contextWindow()) : null;
    }
}
