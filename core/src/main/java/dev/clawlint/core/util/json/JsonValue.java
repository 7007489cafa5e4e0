package dev.clawlint.core.util.json;

import org.checkerframework.checker.nullness.qual.Nullable;

/** The value types a JSON tree may hold, checked when a value goes in so the writer never meets a stranger. */
final class JsonValue {
    private JsonValue() {}

    static @Nullable Object check(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof JsonObject
                || value instanceof JsonArray) {
            return value;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
}
