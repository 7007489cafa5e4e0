package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.EditDistance;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.SchemaNode;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.StringNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A value of the right type that OpenClaw does not allow: not one of the allowed values, out of range,
 * not a whole number, an invalid key in a record, or a combination the schema forbids. Names the
 * nearest allowed value and fixes it when the schema's {@code x-clawlint-value-replacements} (or a
 * difference of case only) makes the replacement unambiguous.
 */
@RuleInfo(id = "invalid-value", severity = Severity.ERROR, category = Category.STRUCTURE,
        summary = "A value OpenClaw does not allow: not one of the allowed values, out of range, or not a whole number", fixable = true)
public final class InvalidValueRule implements Rule {
    private static final Map<String, String> BOUNDS = Map.of(
            "minimum", "be >= %s", "maximum", "be <= %s", "exclusiveMinimum", "be > %s", "exclusiveMaximum", "be < %s",
            "minLength", "have at least %s character(s)", "maxLength", "have at most %s character(s)",
            "minItems", "have at least %s item(s)", "maxItems", "have at most %s item(s)",
            "minProperties", "have at least %s entry(ies)", "maxProperties", "have at most %s entry(ies)");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            if (Structural.ownedByGuideRule(v, target)) {
                continue;
            }
            String rejects = Structural.openClaw(target, v) + " rejects the config";
            String name = Structural.name(v.pointer());
            Node node = target.document().node(v.pointer());
            switch (v.keyword()) {
                case "enum", "const" -> reportOption(v, node, name, rejects, ctx);
                case "type" -> {
                    if (InvalidTypeRule.isWholeNumberProblem(v) && node instanceof NumberNode n) {
                        ctx.report(v.pointer(), name + " is " + n.span().text() + ", but it must be a whole number: " + rejects
                                + " (Invalid input: expected int, received number). Write "
                                + Math.round(n.value()) + " or another whole number.");
                    }
                }
                case "propertyNames" -> {
                    String key = v.property() == null ? "" : v.property();
                    SchemaNode names = v.schema().owner(v.schemaPath() + "/x");
                    String why = names == null ? "" : names.text("patternErrorMessage",
                            names.text("description"));
                    ctx.reportKey(JsonPointer.child(v.pointer(), key), "Invalid key \"" + key + "\" " + Structural.where(v.pointer())
                            + ": " + rejects + " (Invalid key in record). " + (why.isEmpty() ? "Rename it." : why + "."));
                }
                case "not" -> {
                    if (Structural.isForbiddenKey(v)) {
                        continue;
                    }
                    SchemaNode forbidden = v.schema().at(v.schemaPath());
                    String why = forbidden == null ? "" : firstDescription(forbidden);
                    String dependent = dependencyKey(v.schemaPath());
                    String pointer = dependent == null ? v.pointer() : JsonPointer.child(v.pointer(), dependent);
                    ctx.report(null, pointer, dependent != null, (why.isEmpty() ? name + " has a combination of keys that is not allowed"
                            : why.replaceAll("\\.$", "")) + ": " + rejects + ". Keep only one of them.", null);
                }
                default -> {
                    String op = BOUNDS.get(v.keyword());
                    if (op != null) {
                        String limit = v.expected().isEmpty() ? "?" : v.expected().get(0);
                        String actual = node instanceof NumberNode n ? " is " + n.span().text() + ", but it" : "";
                        boolean small = v.keyword().startsWith("min") || v.keyword().equals("exclusiveMinimum");
                        String must = String.format(Locale.ROOT, op, limit);
                        String zod = must.startsWith("be ") ? ": expected number to " + must : "";
                        ctx.report(v.pointer(), name + actual + " must " + must + ": " + rejects + " ("
                                + (small ? "Too small" : "Too big") + zod + "). Change the value.");
                    } else if (v.keyword().equals("pattern") || v.keyword().equals("format")
                            || v.keyword().equals("multipleOf") || v.keyword().equals("uniqueItems")) {
                        ctx.report(v.pointer(), name + " is not valid (" + v.message() + "): " + rejects + ". Change the value.");
                    }
                }
            }
        }
    }

    private static void reportOption(SchemaViolation v, @Nullable Node node, String name, String rejects, RuleContext ctx) {
        List<String> allowed = v.expected();
        String options = allowed.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining("|"));
        String actual = node instanceof StringNode s ? "\"" + s.value() + "\"" : node == null ? "missing" : node.typeName();
        String message = name + " is " + actual + ", which is not allowed: " + rejects + " (Invalid option: expected one of "
                + options + ").";
        Fix fix = null;
        if (node instanceof StringNode s) {
            SchemaNode property = v.schema().owner(v.schemaPath());
            SchemaNode mapped = property == null ? null : property.members("x-clawlint-value-replacements").get(s.value());
            String replacement = mapped != null ? mapped.stringValue() : null;
            if (replacement == null) {
                replacement = caseOnly(s.value(), allowed);
            }
            if (replacement != null && allowed.contains(replacement)) {
                message += " Use \"" + replacement + "\".";
                fix = ctx.fix("Replace \"" + s.value() + "\" with \"" + replacement + "\"")
                        .replaceString(v.pointer(), replacement).build();
            } else {
                String nearest = nearest(s.value(), allowed);
                message += nearest == null ? " Use one of the allowed values." : " The nearest is \"" + nearest + "\".";
            }
        } else {
            message += " Use one of the allowed values.";
        }
        ctx.report(v.pointer(), message, fix);
    }

    private static @Nullable String caseOnly(String value, List<String> allowed) {
        List<String> same = allowed.stream().filter(a -> a.equalsIgnoreCase(value.trim())).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    /** The allowed value closest by edit distance (or containing the value), when one stands out. */
    static @Nullable String nearest(String value, List<String> allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        List<String> containing = allowed.stream().filter(a -> a.toLowerCase(Locale.ROOT).startsWith(v) && !v.isEmpty()).toList();
        if (containing.size() == 1) {
            return containing.get(0);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String a : allowed) {
            int d = EditDistance.between(v, a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && !tie && bestDistance <= Math.max(1, value.length() / 3) ? best : null;
    }

    /** {@code .../dependencies/list/not} → {@code list}: the key whose presence forbids the combination. */
    private static @Nullable String dependencyKey(String schemaPath) {
        int d = schemaPath.lastIndexOf("/dependencies/");
        if (d < 0) {
            return null;
        }
        String rest = schemaPath.substring(d + "/dependencies/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String firstDescription(SchemaNode schema) {
        if (schema.has("description")) {
            return schema.text("description");
        }
        for (SchemaNode child : schema.elements("properties")) {
            if (child.has("description")) {
                return child.text("description");
            }
        }
        return "";
    }
}
