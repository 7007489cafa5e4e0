package dev.clawlint.core.util.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A JSON array under construction; elements are the values {@link JsonObject} allows. */
public final class JsonArray {
    private final List<@Nullable Object> elements = new ArrayList<>();

    /** Appends an element and returns this array. */
    public JsonArray add(@Nullable Object value) {
        elements.add(JsonValue.check(value));
        return this;
    }

    /** Replaces the element at an index. */
    public void set(int index, @Nullable Object value) {
        elements.set(index, JsonValue.check(value));
    }

    /** Appends a new empty object and returns it. */
    public JsonObject addObject() {
        JsonObject child = new JsonObject();
        elements.add(child);
        return child;
    }

    /** Appends a new empty array and returns it. */
    public JsonArray addArray() {
        JsonArray child = new JsonArray();
        elements.add(child);
        return child;
    }

    /** The element at an index. */
    public @Nullable Object get(int index) {
        return elements.get(index);
    }

    /** The number of elements. */
    public int size() {
        return elements.size();
    }

    /** The elements, in order, read-only. */
    public List<@Nullable Object> elements() {
        return Collections.unmodifiableList(elements);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof JsonArray other && elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    @Override
    public String toString() {
        return JsonWriter.compact(this);
    }
}
