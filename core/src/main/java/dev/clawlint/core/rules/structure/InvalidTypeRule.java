package dev.clawlint.core.rules.structure;

import dev.clawlint.core.lint.Category;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleMeta;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.Node;

/** A value of the wrong JSON type. */
public final class InvalidTypeRule implements Rule {
    private static final RuleMeta META = new RuleMeta("invalid-type", Severity.ERROR, Category.STRUCTURE,
            "A value of the wrong JSON type");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            if (!v.keyword().equals("type")) {
                continue;
            }
            Node node = target.document().node(v.pointer());
            String actual = node == null ? "nothing" : "a " + node.typeName();
            String expected = v.expected().isEmpty() ? "another type" : String.join(" or ", v.expected());
            ctx.report(v.pointer(), "Expected " + expected + ", found " + actual + ": OpenClaw " + target.target()
                    + " rejects the config (Invalid input). Write a " + expected + " here.");
        }
    }
}
