package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.SchemaNode;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A key OpenClaw requires is missing: a model's {@code id} or {@code name}, {@code baseUrl} or
 * {@code models} of a provider id that is not built in (OpenClaw checks that in code, the published
 * schema encodes it), {@code agents.ownership} for several agents. Reported on the missing member's
 * pointer, which the engine shows on the closest existing node; a missing model {@code name} is fixed
 * by copying the {@code id}.
 */
@RuleInfo(id = "missing-required", severity = Severity.ERROR, category = Category.STRUCTURE,
        summary = "A required key is missing: a model's id or name, or baseUrl/models of a custom provider", fixable = true)
public final class MissingRequiredRule implements Rule {
    private static final Pattern PROVIDER = Pattern.compile("^/models/providers/[^/]+$");
    private static final Pattern MODEL = Pattern.compile("^/models/providers/[^/]+/models/\\d+$");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            String key = v.property();
            if (!v.keyword().equals("required") || key == null || Structural.ownedByGuideRule(v, target)) {
                continue;
            }
            String pointer = JsonPointer.child(v.pointer(), key);
            String rejects = Structural.openClaw(target, v) + " rejects the config";
            if (!v.openClawSchema() && PROVIDER.matcher(v.pointer()).matches()
                    && (key.equals("baseUrl") || key.equals("models"))) {
                String id = JsonPointer.last(v.pointer());
                ctx.report(pointer, "Provider \"" + id + "\" is not a built-in provider id, so it must declare " + key + ": "
                        + rejects + " (custom model providers must declare " + key + "; provider overlays without " + key
                        + " are only supported for bundled providers). Add \"" + key + "\"" + (key.equals("models")
                                ? " (an array; [] is allowed)" : " (the server's URL)") + ", or use a built-in provider id.");
                continue;
            }
            String message = "Missing \"" + key + "\" " + Structural.where(v.pointer()) + ": " + rejects
                    + " (Invalid input: expected " + expectedType(v, key) + ", received undefined).";
            Fix fix = null;
            String condition = conditionDescription(v, key);
            if (MODEL.matcher(v.pointer()).matches() && key.equals("name")
                    && target.document().node(v.pointer()) instanceof ObjectNode model && model.string("id") != null) {
                String id = model.string("id");
                if (id != null) {
                    message += " Add \"name\" (a display name; the id \"" + id + "\" will do).";
                    fix = ctx.fix("Add \"name\": \"" + id + "\"").insertMember(v.pointer(), "name", id).build();
                }
            } else if (condition != null) {
                message += " " + condition;
            } else {
                message += " Add it.";
            }
            String only = onlyValue(v, key);
            if (fix == null && only != null && target.document().node(v.pointer()) instanceof ObjectNode) {
                message = message.replaceAll(" Add it\\.$", "") + " Add \"" + key + "\": \"" + only + "\".";
                fix = ctx.fix("Add \"" + key + "\": \"" + only + "\"").insertMember(v.pointer(), key, only).build();
            }
            ctx.report(pointer, message, fix);
        }
    }

    /** The declared type of the missing key, in OpenClaw's words. */
    private static String expectedType(SchemaViolation v, String key) {
        SchemaNode owner = v.schema().owner(v.schemaPath());
        SchemaNode declared = owner == null ? null : v.schema().properties(owner).get(key);
        String type = declared == null ? "" : declared.text("type");
        return type.isEmpty() ? "a value" : type;
    }

    /** For a requirement from an if/then: the schema's explanation of when the key is needed. */
    private static @Nullable String conditionDescription(SchemaViolation v, String key) {
        if (!v.schemaPath().contains("/then/")) {
            return null;
        }
        SchemaNode owner = v.schema().owner(v.schemaPath());
        SchemaNode declared = owner == null ? null : owner.members("properties").get(key);
        String text = declared == null ? "" : declared.text("description");
        return text.isEmpty() ? null : text;
    }

    /** When the key's declaration (on the object itself) allows exactly one value, the fix can write it. */
    private static @Nullable String onlyValue(SchemaViolation v, String key) {
        String path = v.schemaPath();
        int allOf = path.indexOf("/allOf/");
        SchemaNode object = allOf >= 0 ? v.schema().at(path.substring(0, allOf)) : v.schema().owner(path);
        SchemaNode declared = object == null ? null : v.schema().properties(object).get(key);
        List<SchemaNode> values = declared == null ? List.of() : declared.elements("enum");
        return values.size() == 1 ? values.get(0).stringValue() : null;
    }
}
