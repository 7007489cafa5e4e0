package dev.clawlint.core.resolve;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Places values into a JSON tree by path (member keys and array indexes). */
public final class JsonPaths {
    private JsonPaths() {}

    /**
     * Sets the value at a path, creating the objects and arrays on the way. Array indexes must
     * arrive in order (the next index is the array's size), as {@link EffectiveTree} lists them.
     */
    public static void put(ObjectNode root, List<Object> path, JsonNode value) {
        JsonNode container = root;
        for (int i = 0; i < path.size(); i++) {
            Object segment = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? null : path.get(i + 1);
            if (container instanceof ObjectNode o && segment instanceof String key) {
                if (last) {
                    o.set(key, value);
                } else {
                    JsonNode child = o.get(key);
                    if (child == null || !child.isContainer()) {
                        child = next instanceof Integer ? o.putArray(key) : o.putObject(key);
                    }
                    container = child;
                }
            } else if (container instanceof ArrayNode a && segment instanceof Integer index) {
                if (last) {
                    if (index < a.size()) {
                        a.set(index, value);
                    } else {
                        a.add(value);
                    }
                } else {
                    JsonNode child = index < a.size() ? a.get(index) : null;
                    if (child == null || !child.isContainer()) {
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
