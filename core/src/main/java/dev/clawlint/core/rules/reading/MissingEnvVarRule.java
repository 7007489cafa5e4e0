package dev.clawlint.core.rules.reading;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
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
 * then keeps the literal {@code ${VAR}} and warns, so whatever reads the value gets a placeholder.
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
            for (String name : EnvSubstitution.substitute(string.written(), target.environment()).missing()) {
                ctx.report(pointer, "Missing env var \"" + name + "\" - feature using this value will be unavailable"
                        + " (OpenClaw keeps the literal ${" + name + "} as the value). Set " + name
                        + " in the environment, or in env.vars of the config.");
            }
        }
    }
}
