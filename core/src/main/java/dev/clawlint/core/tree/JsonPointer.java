package dev.clawlint.core.tree;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointers: building, splitting and escaping. The root is {@code ""}. */
public final class JsonPointer {
    private JsonPointer() {}

    /** The pointer to a child of {@code parent}: a member key or an array index. */
    public static String child(String parent, String keyOrIndex) {
        return parent + "/" + escape(keyOrIndex);
    }

    /** The pointer to an array element. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer made of these unescaped segments. */
    public static String of(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append('/').append(escape(s));
        }
        return sb.toString();
    }

    /** The unescaped segments of a pointer. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The parent pointer; the root is its own parent. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The last segment, unescaped ({@code ""} for the root). */
    public static String last(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }

    /** Escapes one segment ({@code ~} and {@code /}). */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The dotted path OpenClaw prints for a pointer ({@code models.providers.x.models.0.name}). */
    public static String toDotted(String pointer) {
        return pointer.isEmpty() ? "<root>" : String.join(".", segments(pointer));
    }
}
