package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.ModelSize;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleOption;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import java.util.List;
import java.util.Optional;

/** An agent model under 14B parameters: the guide says such models often fail multi-step tool calls. */
@RuleInfo(
        id = "small-model-tool-use",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "An agent's primary or fallback model has fewer than 14B parameters and often fails tool calls")
public final class SmallModelToolUseRule implements Rule {
    /** The guide's threshold ("Tool-Use Capability"); a team that has tested a smaller model lowers it. */
    static final RuleOption<Double> MIN_BILLIONS = RuleOption.number("minBillions", 14,
            "The smallest model, in billions of parameters, trusted with an agent's tool calls (the guide's 14)");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MIN_BILLIONS);
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        double min = ctx.option(MIN_BILLIONS);
        String threshold = billions(min);
        for (ModelRef ref : target.effective().references()) {
            if (ref.use() != ModelUse.PRIMARY && ref.use() != ModelUse.FALLBACK) {
                continue;
            }
            Optional<ModelSize> size = ref.size();
            if (size.isEmpty() || size.get().totalBillions() >= min) {
                continue;
            }
            String role = ref.use() == ModelUse.PRIMARY ? "primary" : "fallback";
            ctx.report(ref.pointer(), "\"" + ref.written() + "\" (" + size.get().describe() + ") is the agent's " + role
                    + " model: models under " + threshold + " parameters often fail multi-step tool calls (guide, \"Tool-Use "
                    + "Capability\"), so the agent stalls or answers without acting. Use a " + threshold + "+ model here; keep"
                    + " small models for the heartbeat" + (min == MIN_BILLIONS.defaultValue() ? "" : " (minBillions is set to "
                    + threshold + " in the settings file)") + ".");
        }
    }

    /** "14B", "7.5B". */
    static String billions(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "B";
    }
}
