package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;

/** A JSON5 {@code null}. */
public record NullNode(Span span) implements Node {
    @Override
    public String typeName() {
        return "null";
    }
}
