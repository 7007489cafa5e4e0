package dev.clawlint.core.rules.structure;

import dev.clawlint.core.lint.Category;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleMeta;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.JsonPointer;

/** A required field is missing. */
public final class MissingRequiredRule implements Rule {
    private static final RuleMeta META = new RuleMeta("missing-required", Severity.ERROR, Category.STRUCTURE,
            "A field OpenClaw requires is missing");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            String property = v.property();
            if (!v.keyword().equals("required") || property == null) {
                continue;
            }
            ctx.report(JsonPointer.child(v.pointer(), property), "Missing required \"" + property + "\" in "
                    + JsonPointer.toDotted(v.pointer()) + ": OpenClaw " + target.target()
                    + " rejects the config (expected string, received undefined). Add it.");
        }
    }
}
