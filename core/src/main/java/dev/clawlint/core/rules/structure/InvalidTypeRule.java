package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;

/** A value of the wrong JSON type ({@code "contextWindow": "32k"}): OpenClaw refuses to start. */
@RuleInfo(id = "invalid-type", severity = Severity.ERROR, category = Category.STRUCTURE,
        summary = "A value of the wrong JSON type, such as a number written as a string")
public final class InvalidTypeRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            if (!v.keyword().equals("type") || isWholeNumberProblem(v) || Structural.ownedByGuideRule(v, target)) {
                continue;
            }
            Node node = target.document().node(v.pointer());
            if (node == null) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (String t : v.expected()) {
                String word = t.equals("integer") ? "number" : t;
                if (!expected.contains(word)) {
                    expected.add(word);
                }
            }
            String wanted = String.join(" or ", expected);
            String found = node.typeName();
            String hint = "Write " + article(expected.get(0)) + " " + wanted + " here.";
            if (node instanceof StringNode s && expected.contains("number")) {
                hint = isNumber(s.value()) ? "Remove the quotes: " + s.value().trim() + "."
                        : "Write a plain number (\"" + s.value() + "\" is not one; no units or placeholders).";
            } else if (node instanceof StringNode s && expected.contains("boolean")
                    && (s.value().equals("true") || s.value().equals("false"))) {
                hint = "Remove the quotes: " + s.value() + ".";
            }
            ctx.report(v.pointer(), Structural.name(v.pointer()) + " must be " + article(expected.get(0)) + " " + wanted
                    + ", not " + Structural.describe(node) + ": " + Structural.openClaw(target, v)
                    + " rejects the config (Invalid input: expected " + String.join(" | ", expected) + ", received "
                    + found + "). " + hint);
        }
    }

    /** {@code 1.5} where a whole number is expected: a value problem, reported by invalid-value. */
    static boolean isWholeNumberProblem(SchemaViolation v) {
        return v.expected().equals(List.of("integer")) && "number".equals(v.found());
    }

    private static boolean isNumber(String text) {
        return text.trim().matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
