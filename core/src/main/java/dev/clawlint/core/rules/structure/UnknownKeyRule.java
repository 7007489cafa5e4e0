package dev.clawlint.core.rules.structure;

import dev.clawlint.core.lint.Category;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleMeta;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.JsonPointer;

/** A key OpenClaw's strict schema rejects at its place: OpenClaw refuses to start. */
public final class UnknownKeyRule implements Rule {
    private static final RuleMeta META = new RuleMeta("unknown-key", Severity.ERROR, Category.STRUCTURE,
            "A key OpenClaw's strict schema rejects at that place");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            String property = v.property();
            if (!v.keyword().equals("additionalProperties") || property == null) {
                continue;
            }
            String where = v.pointer().isEmpty() ? "at the top level" : "in " + JsonPointer.toDotted(v.pointer());
            ctx.reportKey(JsonPointer.child(v.pointer(), property), "Unknown key \"" + property + "\" " + where
                    + ": OpenClaw " + target.target() + " rejects the whole config (Unrecognized key). Remove or rename it.");
        }
    }
}
