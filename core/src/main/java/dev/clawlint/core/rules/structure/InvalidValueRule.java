package dev.clawlint.core.rules.structure;

import dev.clawlint.core.lint.Category;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleMeta;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.schema.SchemaViolation;
import java.util.Set;

/** A value of the right type that OpenClaw does not allow: not in an enum, out of range, not whole. */
public final class InvalidValueRule implements Rule {
    private static final RuleMeta META = new RuleMeta("invalid-value", Severity.ERROR, Category.STRUCTURE,
            "A value OpenClaw does not allow: not one of the allowed values, out of range, or not a whole number");
    private static final Set<String> KEYWORDS = Set.of("enum", "const", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "pattern", "minLength", "maxLength", "minItems", "maxItems", "format",
            "uniqueItems", "minProperties", "maxProperties");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            if (KEYWORDS.contains(v.keyword())) {
                ctx.report(v.pointer(), "Invalid value: " + v.message() + ". OpenClaw " + target.target()
                        + " rejects the config.");
            }
        }
    }
}
