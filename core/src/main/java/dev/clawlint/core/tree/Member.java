package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;

/**
 * One {@code key: value} member of an object.
 *
 * @param key the key after unescaping
 * @param keySpan where the key was written, quotes included
 * @param value the value
 */
public record Member(String key, Span keySpan, Node value) {}
