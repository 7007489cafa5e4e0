package dev.clawlint.core.rules.reading;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.load.EnvSubstitution;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;

/**
 * A {@code ${VAR}} reference whose variable the supplied environment lacks (or has empty). OpenClaw
 * then keeps the literal {@code ${VAR}} and warns, so whatever reads the value gets a placeholder; before
 * 2026.3 it refuses to load the config instead ({@link TargetVersion#MISSING_ENV_VAR_KEEPS_LITERAL}), an error.
 * Silent when no environment was supplied: nothing can be said about what is set.
 */
@RuleInfo(id = "missing-env-var", severity = Severity.WARNING, category = Category.READING,
        summary = "A ${VAR} reference to a variable the supplied environment does not set")
public final class MissingEnvVarRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        if (target.environment().isKnown()) {
            visit(target, ctx, "", target.document().root());
        }
    }

    private static void visit(LintTarget target, RuleContext ctx, String pointer, Node node) {
        if (node instanceof ObjectNode object) {
            for (Member m : object.effectiveMembers()) {
                visit(target, ctx, JsonPointer.child(pointer, m.key()), m.value());
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.elements().size(); i++) {
                visit(target, ctx, JsonPointer.child(pointer, i), array.elements().get(i));
            }
        } else if (node instanceof StringNode string && string.fromEnvironment()) {
            boolean fatal = !target.target().atLeast(TargetVersion.MISSING_ENV_VAR_KEEPS_LITERAL);
            for (String name : EnvSubstitution.substitute(string.written(), target.environment()).missing()) {
                String fix = " Set " + name + " in the environment, or in env.vars of the config.";
                if (fatal) {
                    ctx.report(Severity.ERROR, pointer, false, "Missing env var \"" + name + "\": OpenClaw " + target.target()
                            + " refuses to load the config (Missing env var \"" + name + "\" referenced at config path: "
                            + JsonPointer.toDotted(pointer) + ")." + fix, null);
                } else {
                    ctx.report(pointer, "Missing env var \"" + name + "\" - feature using this value will be unavailable"
                            + " (OpenClaw keeps the literal ${" + name + "} as the value)." + fix);
                }
            }
        }
    }
}
