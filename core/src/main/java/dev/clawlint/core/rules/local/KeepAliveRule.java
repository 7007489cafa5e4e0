package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.StringNode;

/** An Ollama heartbeat model without {@code keep_alive: "-1"}: Ollama unloads it between beats. */
public final class KeepAliveRule implements Rule {
    private static final RuleMeta META = new RuleMeta("keep-alive", Severity.INFO, Category.LOCAL_MODELS,
            "An Ollama heartbeat model without params.keep_alive \"-1\", so every heartbeat starts cold");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (ModelRef ref : target.effective().references()) {
            EffectiveModel m = ref.model();
            EffectiveProvider p = ref.provider();
            if (ref.use() != ModelUse.HEARTBEAT || m == null || p == null || !Models.onOllama(p, m)) {
                continue;
            }
            Valued<Node> keepAlive = m.params().get("keep_alive");
            if (keepAlive != null && keepsLoaded(keepAlive.value())) {
                continue;
            }
            String message = "Heartbeat model \"" + m.ref() + "\" runs on Ollama without params.keep_alive \"-1\": Ollama "
                    + "unloads idle models after 5 minutes, so each heartbeat waits for a cold load. Set params.keep_alive "
                    + "to \"-1\" (guide).";
            String at = Models.writtenAt(keepAlive);
            if (at != null) {
                report.at(at, message);
            } else {
                report.model(m, message, null);
            }
        }
    }

    /** Whether Ollama keeps the model loaded indefinitely with this value (any negative duration). */
    private static boolean keepsLoaded(Node value) {
        if (value instanceof NumberNode n) {
            return n.value() < 0;
        }
        return value instanceof StringNode s && s.value().trim().startsWith("-");
    }
}
