package dev.clawlint.core.util.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A JSON object under construction: members in insertion order; setting a key again keeps its place.
 * Values are {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link Double},
 * {@link JsonObject} or {@link JsonArray}.
 */
public final class JsonObject {
    private final Map<String, @Nullable Object> members = new LinkedHashMap<>();

    /** Sets a member (a scalar, {@code null}, or a nested object or array) and returns this object. */
    public JsonObject put(String key, @Nullable Object value) {
        members.put(key, JsonValue.check(value));
        return this;
    }

    /** Sets a member to {@code null}. */
    public JsonObject putNull(String key) {
        return put(key, null);
    }

    /** Sets a member to a new empty object and returns that object. */
    public JsonObject putObject(String key) {
        JsonObject child = new JsonObject();
        members.put(key, child);
        return child;
    }

    /** Sets a member to a new empty array and returns that array. */
    public JsonArray putArray(String key) {
        JsonArray child = new JsonArray();
        members.put(key, child);
        return child;
    }

    /** The member's value, or null when absent (or null). */
    public @Nullable Object get(String key) {
        return members.get(key);
    }

    /** The members, in order, read-only. */
    public Map<String, @Nullable Object> members() {
        return Collections.unmodifiableMap(members);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof JsonObject other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return JsonWriter.compact(this);
    }
}
