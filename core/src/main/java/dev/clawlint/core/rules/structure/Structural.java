package dev.clawlint.core.rules.structure;

import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.schema.SchemaNode;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NullNode;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.util.JsNumbers;
import java.util.regex.Pattern;

/** What the four structural rules share: wording of places, and which violations other rules own. */
final class Structural {
    private static final Pattern PROVIDER_MODELS = Pattern.compile("^/models/providers/[^/]+/models$");

    private Structural() {}

    /** "at the top level" or "in models.providers.x". */
    static String where(String pointer) {
        return pointer.isEmpty() ? "at the top level" : "in " + JsonPointer.toDotted(pointer);
    }

    /** "models.providers.x.api" or "the config" for the root. */
    static String name(String pointer) {
        return pointer.isEmpty() ? "the config" : JsonPointer.toDotted(pointer);
    }

    /** Who rejects it: "OpenClaw 2026.9" for clawlint's schema, the release ("OpenClaw 2026.9.6") for OpenClaw's own. */
    static String openClaw(LintTarget target, SchemaViolation v) {
        String voice = v.schema().voice();
        return voice != null ? voice : "OpenClaw " + target.target();
    }

    /**
     * Violations a guide-shape rule reports with its own id and fix, so a structural finding would
     * say the same thing twice: a provider's {@code models} written as the guide's object map
     * ({@code models-object-map}), a requirement that only arises from a guide key such as
     * {@code agents.list} ({@code x-clawlint-rule} in the schema), and a required key that a guide
     * key stands in for ({@code host} for {@code baseUrl}, reported by {@code provider-type-host}).
     */
    static boolean ownedByGuideRule(SchemaViolation v, LintTarget target) {
        if (v.keyword().equals("type") && PROVIDER_MODELS.matcher(v.pointer()).matches()
                && target.document().node(v.pointer()) instanceof ObjectNode) {
            return true;
        }
        if (v.openClawSchema()) {
            return false;
        }
        int then = v.schemaPath().indexOf("/then/");
        if (then >= 0) {
            SchemaNode condition = v.schema().at(v.schemaPath().substring(0, then) + "/if");
            if (condition != null) {
                for (SchemaNode required : condition.elements("required")) {
                    String base = v.schemaPath().substring(0, then);
                    int allOf = base.lastIndexOf("/allOf/");
                    SchemaNode owner = v.schema().at(allOf >= 0 ? base.substring(0, allOf) : base);
                    SchemaNode declared = owner == null ? null : v.schema().properties(owner).get(required.asString(""));
                    if (declared != null && declared.has("x-clawlint-rule")) {
                        return true;
                    }
                }
            }
        }
        String property = v.property();
        if (v.keyword().equals("required") && property != null
                && target.document().node(v.pointer()) instanceof ObjectNode object) {
            SchemaNode owner = v.schema().owner(v.schemaPath());
            if (owner != null) {
                for (var member : object.effectiveMembers()) {
                    SchemaNode declared = v.schema().properties(owner).get(member.key());
                    String replacedBy = declared == null ? "" : declared.text("x-clawlint-replaced-by");
                    if (declared != null && declared.has("x-clawlint-rule") && replacedBy.endsWith("." + property)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A member declared as never valid ({@code "key": {"not": {}}}): the schema's way of rejecting one
     * key by name. It is an unknown key for OpenClaw, reported as such.
     */
    static boolean isForbiddenKey(SchemaViolation v) {
        if (!v.keyword().equals("not") || !v.schemaPath().endsWith("/not")) {
            return false;
        }
        var forbidden = v.schema().at(v.schemaPath());
        return forbidden != null && forbidden.isEmpty() && v.schemaPath().contains("/properties/") && !v.pointer().isEmpty();
    }

    /** The node at a pointer, described for a message: "a string", "an object". */
    static String describe(Node node) {
        if (node instanceof NullNode) {
            return "null";
        }
        if (node instanceof NumberNode n && !Double.isFinite(n.value())) {
            // JSON5 reads NaN, Infinity and a number too large for a double (1e400) as numbers that are not finite
            return JsNumbers.toString(n.value()) + " (not a finite number; JSON5 allows it, OpenClaw's validator does not)";
        }
        String type = node.typeName();
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
