package dev.clawlint.core.resolve;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NullNode;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import dev.clawlint.core.util.JsNumbers;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Turns effective values into Jackson values for rendering and writing. */
final class JsonValues {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonValues() {}

    /** A number as JavaScript would print it: whole numbers without a fraction. */
    static JsonNode number(double d) {
        if (!Double.isFinite(d)) {
            // JSON has no Infinity or NaN; JSON5 does, and OpenClaw's schema rejects them anyway
            return F.stringNode(JsNumbers.toString(d));
        }
        return JsNumbers.isSafeInteger(d) ? F.numberNode((long) d) : F.numberNode(d);
    }

    /** Any effective value. */
    static JsonNode of(@Nullable Object value) {
        if (value == null) {
            return F.nullNode();
        }
        if (value instanceof Node n) {
            return of(n);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (value instanceof List<?> list) {
            var array = F.arrayNode();
            list.forEach(e -> array.add(of(e)));
            return array;
        }
        if (value instanceof JsonNode j) {
            return j;
        }
        return F.stringNode(String.valueOf(value));
    }

    /** A document value (for {@code params} and {@code compat}), with the substituted string values. */
    static JsonNode of(Node node) {
        if (node instanceof StringNode s) {
            return F.stringNode(s.value());
        }
        if (node instanceof NumberNode n) {
            return number(n.value());
        }
        if (node instanceof BooleanNode b) {
            return F.booleanNode(b.value());
        }
        if (node instanceof NullNode) {
            return F.nullNode();
        }
        if (node instanceof ArrayNode a) {
            var array = F.arrayNode();
            a.elements().forEach(e -> array.add(of(e)));
            return array;
        }
        ObjectNode o = (ObjectNode) node;
        var object = F.objectNode();
        for (Member m : o.effectiveMembers()) {
            object.set(m.key(), of(m.value()));
        }
        return object;
    }

    /** A document value as written: strings keep their {@code ${VAR}} references (for writing configs). */
    static JsonNode written(Node node) {
        if (node instanceof StringNode s) {
            return F.stringNode(s.written());
        }
        if (node instanceof ArrayNode a) {
            var array = F.arrayNode();
            a.elements().forEach(e -> array.add(written(e)));
            return array;
        }
        if (node instanceof ObjectNode o) {
            var object = F.objectNode();
            for (Member m : o.effectiveMembers()) {
                object.set(m.key(), written(m.value()));
            }
            return object;
        }
        return of(node);
    }
}
