package dev.clawlint.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One place in a JSON Schema, read in clawlint's own types: rules and the schema helpers ask it for
 * keywords ({@code description}, {@code x-openclaw-since}, {@code x-clawlint-*}, {@code enum}, ...)
 * and get strings, booleans, lists and maps, so the JSON library stays inside the schema adapter.
 * Obtained from {@link SchemaDocument}; {@code $ref}s are followed there, not here.
 */
public final class SchemaNode {
    private final JsonNode node;

    private SchemaNode(JsonNode node) {
        this.node = node;
    }

    static SchemaNode of(JsonNode node) {
        return new SchemaNode(node);
    }

    /** The underlying tree, for the adapter classes of this package. */
    JsonNode json() {
        return node;
    }

    /** Whether the schema object has the keyword. */
    public boolean has(String keyword) {
        return node.has(keyword);
    }

    /** The keyword's value as a schema place, or null when it is absent. */
    public @Nullable SchemaNode get(String keyword) {
        JsonNode child = node.get(keyword);
        return child == null ? null : new SchemaNode(child);
    }

    /** The keyword's value, or a place that is missing (no keywords, not an object) when it is absent. */
    public SchemaNode path(String keyword) {
        return new SchemaNode(node.path(keyword));
    }

    /** The keyword's text ({@code description}, {@code type}, ...), or {@code fallback} when absent. */
    public String text(String keyword, String fallback) {
        return node.path(keyword).asString(fallback);
    }

    /** The keyword's text, or the empty string when absent. */
    public String text(String keyword) {
        return text(keyword, "");
    }

    /** The keyword's boolean ({@code doNotSuggest}, {@code deprecated}), false when absent. */
    public boolean flag(String keyword) {
        return node.path(keyword).asBoolean(false);
    }

    /** The keyword's members by name when it is an object ({@code properties}, {@code patternProperties}); otherwise empty. */
    public Map<String, SchemaNode> members(String keyword) {
        Map<String, SchemaNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path(keyword).properties()) {
            out.put(e.getKey(), new SchemaNode(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The keyword's values in order: an array's elements ({@code allOf}, {@code required}, {@code enum}) or
     * an object's member values; empty when absent or a scalar.
     */
    public List<SchemaNode> elements(String keyword) {
        List<SchemaNode> out = new ArrayList<>();
        for (JsonNode e : node.path(keyword)) {
            out.add(new SchemaNode(e));
        }
        return Collections.unmodifiableList(out);
    }

    /** Whether the keyword is absent or an empty object or array. */
    public boolean isEmpty(String keyword) {
        return node.path(keyword).isEmpty();
    }

    /** Whether this value is an empty object or array ({@code "not": {}} forbids a key by name). */
    public boolean isEmpty() {
        return node.isEmpty();
    }

    /** This value as text ({@code required} entries), or {@code fallback} when it is not a scalar. */
    public String asString(String fallback) {
        return node.asString(fallback);
    }

    /** Whether this place is a schema object (not {@code true}/{@code false} or a keyword's scalar). */
    public boolean isObject() {
        return node.isObject();
    }

    /** Whether this value is a boolean ({@code additionalProperties: false}). */
    public boolean isBoolean() {
        return node.isBoolean();
    }

    /** This value when it is a string ({@code enum} values, replacement texts), else null. */
    public @Nullable String stringValue() {
        return node.isString() ? node.asString() : null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SchemaNode other && node.equals(other.node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
