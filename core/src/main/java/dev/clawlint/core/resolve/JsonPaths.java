package dev.clawlint.core.resolve;

import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Places values into a JSON tree by path (member keys and array indexes). */
public final class JsonPaths {
    private JsonPaths() {}

    /**
     * Sets the value at a path, creating the objects and arrays on the way. Array indexes must
     * arrive in order (the next index is the array's size), as {@link EffectiveTree} lists them.
     */
    public static void put(JsonObject root, List<Object> path, @Nullable Object value) {
        Object container = root;
        for (int i = 0; i < path.size(); i++) {
            Object segment = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? null : path.get(i + 1);
            if (container instanceof JsonObject o && segment instanceof String key) {
                if (last) {
                    o.put(key, value);
                } else {
                    Object child = o.get(key);
                    if (!(child instanceof JsonObject || child instanceof JsonArray)) {
                        child = next instanceof Integer ? o.putArray(key) : o.putObject(key);
                    }
                    container = child;
                }
            } else if (container instanceof JsonArray a && segment instanceof Integer index) {
                if (last) {
                    if (index < a.size()) {
                        a.set(index, value);
                    } else {
                        a.add(value);
                    }
                } else {
                    Object child = index < a.size() ? a.get(index) : null;
                    if (!(child instanceof JsonObject || child instanceof JsonArray)) {
                        child = next instanceof Integer ? a.addArray() : a.addObject();
                    }
                    container = child;
                }
            } else {
                throw new IllegalArgumentException("path " + path + " does not fit the tree at segment " + i);
            }
        }
    }
}
