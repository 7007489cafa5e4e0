package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;

/** A JSON5 {@code true} or {@code false}. */
public record BooleanNode(Span span, boolean value) implements Node {
    @Override
    public String typeName() {
        return "boolean";
    }
}
