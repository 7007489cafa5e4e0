package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;

/**
 * A JSON5 value in a configuration document, with the stretch of source text it was read from.
 *
 * <p>A node that came from an {@code $include}d file carries a span in that file.
 */
public sealed interface Node permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode {
    /** Where the value was written. */
    Span span();

    /** The JSON type name of this value, as messages name it: object, array, string, number, boolean, null. */
    String typeName();
}
