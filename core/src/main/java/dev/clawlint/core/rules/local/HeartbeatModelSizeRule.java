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

/** A heartbeat model of 30B parameters or more (option {@code maxBillions}): the guide recommends a small (8B) model there. */
@RuleInfo(
        id = "heartbeat-model-size",
        severity = Severity.INFO,
        category = Category.LOCAL_MODELS,
        summary = "A heartbeat model of 30B parameters or more, where the guide recommends 8B")
public final class HeartbeatModelSizeRule implements Rule {
    /** Where the guide's "small" ends; a team with spare GPU memory raises it. */
    static final RuleOption<Double> MAX_BILLIONS = RuleOption.number("maxBillions", 30,
            "Heartbeat models of this many billion parameters or more are reported (default 30; the guide recommends 8B)");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MAX_BILLIONS);
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        double max = ctx.option(MAX_BILLIONS);
        for (ModelRef ref : target.effective().references()) {
            if (ref.use() != ModelUse.HEARTBEAT) {
                continue;
            }
            Optional<ModelSize> size = ref.size();
            if (size.isPresent() && size.get().totalBillions() >= max) {
                ctx.report(ref.pointer(), "Heartbeat model \"" + ref.written() + "\" has " + size.get().describe()
                        + " parameters: heartbeats run every few minutes, so a large model keeps the GPU busy and delays "
                        + "real requests. The guide recommends an 8B model for the heartbeat.");
            }
        }
    }
}
