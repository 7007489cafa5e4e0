package dev.clawlint.core.util.json;

import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes clawlint's JSON trees as text: the one place outside the schema adapter that knows Jackson.
 * Pretty output is Jackson's default pretty printer, which the report formats' golden files pin down.
 */
public final class JsonWriter {
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonWriter() {}

    /** The value indented over several lines, without a final newline. */
    public static String pretty(@Nullable Object value) {
        return PRETTY.writeValueAsString(node(value));
    }

    /** The value on one line, without spaces. */
    public static String compact(@Nullable Object value) {
        return COMPACT.writeValueAsString(node(value));
    }

    private static JsonNode node(@Nullable Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i.intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l.longValue());
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d.doubleValue());
        }
        if (value instanceof JsonArray a) {
            var array = NODES.arrayNode();
            a.elements().forEach(e -> array.add(node(e)));
            return array;
        }
        if (value instanceof JsonObject o) {
            var object = NODES.objectNode();
            for (Map.Entry<String, @Nullable Object> m : o.members().entrySet()) {
                object.set(m.getKey(), node(m.getValue()));
            }
            return object;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
}
