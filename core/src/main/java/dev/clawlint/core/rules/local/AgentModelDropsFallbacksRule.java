package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveAgent;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.Origin;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An agent whose own {@code model} is a string, or an object with a {@code primary} but no
 * {@code fallbacks}, while {@code agents.defaults.model.fallbacks} is set: OpenClaw gives that agent no
 * fallbacks at all (docs/openclaw/model-resolution.md#per-agent-models-string-vs-object-fallback-inheritance).
 */
@RuleInfo(
        id = "agent-model-drops-fallbacks",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A per-agent model without fallbacks while the defaults have some: that agent gets none",
        fixable = true)
public final class AgentModelDropsFallbacksRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        List<ModelRef> inherited = target.effective().defaults().fallbacks();
        for (EffectiveAgent agent : target.effective().entries()) {
            String at = agent.primary().pointer();
            if (!agent.strictModel() || at == null) {
                continue;
            }
            List<String> lost = new ArrayList<>();
            for (ModelRef f : inherited) {
                // a defaults' fallback that is this agent's own primary would give it nothing
                if (!f.ref().equals(agent.primary().ref()) && !lost.contains(written(f))) {
                    lost.add(written(f));
                }
            }
            if (lost.isEmpty()) {
                continue;
            }
            String quoted = "\"" + String.join("\", \"", lost) + "\"";
            ctx.report(at, "Agent \"" + agent.id() + "\" sets its own model \"" + agent.primary().written()
                    + "\" without \"fallbacks\": OpenClaw then gives it no fallbacks at all, not the defaults' (" + quoted
                    + "), so when that model fails the error goes straight to the chat "
                    + "(https://github.com/openclaw/openclaw/issues/79369). Write model: { primary: \"" + agent.primary().written()
                    + "\", fallbacks: [" + quoted + "] }, or fallbacks: [] if this agent must not fall back.",
                    fix(target, ctx, at, agent.primary().written(), lost));
        }
    }

    /** The defaults' fallback as it can be written in an agent (a guide-shape one by its canonical ref). */
    private static String written(ModelRef f) {
        return f.origin() instanceof Origin.Migrated ? f.ref() : f.written();
    }

    /** The object form with the defaults' fallbacks: a string model becomes an object, an object gets the key. */
    private static @Nullable Fix fix(LintTarget target, RuleContext ctx, String primaryAt, String primary, List<String> fallbacks) {
        Node node = target.document().node(primaryAt);
        FixBuilder fix = ctx.fix("Give the agent the defaults' fallbacks");
        if (node instanceof StringNode && primaryAt.endsWith("/model")) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("primary", primary);
            object.put("fallbacks", fallbacks);
            fix.replaceValue(primaryAt, object);
        } else if (target.document().node(JsonPointer.parent(primaryAt)) instanceof ObjectNode) {
            fix.insertMember(JsonPointer.parent(primaryAt), "fallbacks", fallbacks);
        }
        return fix.build();
    }
}
