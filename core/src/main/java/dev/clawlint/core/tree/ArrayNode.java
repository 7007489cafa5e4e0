package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;
import java.util.List;

/** A JSON5 array. */
public record ArrayNode(Span span, List<Node> elements) implements Node {
    /** Copies the element list. */
    public ArrayNode {
        elements = List.copyOf(elements);
    }

    @Override
    public String typeName() {
        return "array";
    }
}
