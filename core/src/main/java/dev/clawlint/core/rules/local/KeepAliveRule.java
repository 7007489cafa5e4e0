package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import dev.clawlint.core.resolve.Valued;

/** An Ollama heartbeat model without {@code keep_alive: "-1"}: Ollama unloads it between beats. */
@RuleInfo(
        id = "keep-alive",
        severity = Severity.INFO,
        category = Category.LOCAL_MODELS,
        summary = "An Ollama heartbeat model without params.keep_alive \"-1\", so every heartbeat starts cold")
public final class KeepAliveRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (ModelRef ref : target.effective().references()) {
            EffectiveModel m = ref.model();
            EffectiveProvider p = ref.provider();
            if (ref.use() != ModelUse.HEARTBEAT || m == null || p == null || !p.runsOnOllama(m)) {
                continue;
            }
            if (m.keepsLoaded()) {
                continue;
            }
            String message = "Heartbeat model \"" + m.ref() + "\" runs on Ollama without params.keep_alive \"-1\": Ollama "
                    + "unloads idle models after 5 minutes, so each heartbeat waits for a cold load. Set params.keep_alive "
                    + "to \"-1\" (guide).";
            String at = Valued.pointerOf(m.params().get("keep_alive"));
            if (at != null) {
                ctx.report(at, message);
            } else {
                ctx.reportModel(m, message, null);
            }
        }
    }
}
