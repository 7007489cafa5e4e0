package dev.clawlint.core.rules.shapes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for the guide-shape rules' messages and the plain values their fixes write. */
final class Plain {
    private Plain() {}

    /** Keys that are written in the guide but unknown to the schema, in a message ({@code "a", "b"}). */
    static String quoted(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList());
    }

    /** A map that keeps insertion order and accepts any value, from key, value, key, value, ... */
    static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
