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
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Turns effective values into JSON values ({@link JsonObject}, {@link JsonArray}, scalars) for rendering and writing. */
final class JsonValues {
    private JsonValues() {}

    /** A number as JavaScript would print it: whole numbers without a fraction. */
    static Object number(double d) {
        if (!Double.isFinite(d)) {
            // JSON has no Infinity or NaN; JSON5 does, and OpenClaw's schema rejects them anyway
            return JsNumbers.toString(d);
        }
        return JsNumbers.isSafeInteger(d) ? (Object) (long) d : (Object) d;
    }

    /** Any effective value. */
    static @Nullable Object of(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Node n) {
            return of(n);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof List<?> list) {
            var array = new JsonArray();
            list.forEach(e -> array.add(of(e)));
            return array;
        }
        if (value instanceof JsonObject || value instanceof JsonArray) {
            return value;
        }
        return String.valueOf(value);
    }

    /** A document value (for {@code params} and {@code compat}), with the substituted string values. */
    static @Nullable Object of(Node node) {
        if (node instanceof StringNode s) {
            return s.value();
        }
        if (node instanceof NumberNode n) {
            return number(n.value());
        }
        if (node instanceof BooleanNode b) {
            return b.value();
        }
        if (node instanceof NullNode) {
            return null;
        }
        if (node instanceof ArrayNode a) {
            var array = new JsonArray();
            a.elements().forEach(e -> array.add(of(e)));
            return array;
        }
        ObjectNode o = (ObjectNode) node;
        var object = new JsonObject();
        for (Member m : o.effectiveMembers()) {
            object.put(m.key(), of(m.value()));
        }
        return object;
    }

    /** A document value as written: strings keep their {@code ${VAR}} references (for writing configs). */
    static @Nullable Object written(Node node) {
        if (node instanceof StringNode s) {
            return s.written();
        }
        if (node instanceof ArrayNode a) {
            var array = new JsonArray();
            a.elements().forEach(e -> array.add(written(e)));
            return array;
        }
        if (node instanceof ObjectNode o) {
            var object = new JsonObject();
            for (Member m : o.effectiveMembers()) {
                object.put(m.key(), written(m.value()));
            }
            return object;
        }
        return of(node);
    }
}
