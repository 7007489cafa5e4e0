package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;

/**
 * A JSON5 number. Like JavaScript, which OpenClaw runs on, every number is a double.
 *
 * @param value the numeric value (may be infinite or NaN: JSON5 allows {@code Infinity} and {@code NaN})
 */
public record NumberNode(Span span, double value) implements Node {
    /** Whether the value is a whole number, as JavaScript's {@code Number.isInteger} says. */
    public boolean isInteger() {
        return Double.isFinite(value) && value == Math.rint(value);
    }

    @Override
    public String typeName() {
        return "number";
    }
}
