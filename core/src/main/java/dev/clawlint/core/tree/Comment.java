package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;

/**
 * A comment kept from the source: it may carry an inline suppression, and fixes must keep it.
 *
 * @param span the whole comment, delimiters included
 * @param text the comment's content without {@code //}, {@code /*} or {@code *}{@code /}
 * @param block whether it is a {@code /* ... *}{@code /} comment
 */
public record Comment(Span span, String text, boolean block) {}
