package dev.clawlint.core.resolve;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.StringNode;

/** Builds the origin of a value read from the document. */
final class Origins {
    private Origins() {}

    /** Where a node's value came from: its file position, or the environment when it was substituted. */
    static Origin of(Document doc, Node node) {
        String pointer = doc.pointerOf(node);
        if (node instanceof StringNode s && s.fromEnvironment()) {
            return new Origin.FromEnv(String.join(",", s.envVars()), s.written(), pointer, node.span());
        }
        return new Origin.Written(pointer, node.span());
    }

    /** A node's value, moved by the guide-shape mapping from where it was written. */
    static Origin migrated(Document doc, Node node) {
        String pointer = doc.pointerOf(node);
        return new Origin.Migrated(path(doc, pointer), pointer, node.span());
    }

    /** A pointer as people read a path: {@code agents.list[0].model}. */
    static String path(Document doc, String pointer) {
        StringBuilder sb = new StringBuilder();
        String at = "";
        for (String segment : JsonPointer.segments(pointer)) {
            if (doc.node(at) instanceof ArrayNode) {
                sb.append('[').append(segment).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(segment);
            }
            at = JsonPointer.child(at, segment);
        }
        return sb.toString();
    }
}
