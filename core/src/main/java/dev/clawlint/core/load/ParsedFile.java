package dev.clawlint.core.load;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Comment;
import dev.clawlint.core.tree.Node;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The result of reading one file's text as JSON5.
 *
 * @param source the text
 * @param root the value, or null when the text is not JSON5 (then {@code problem} says why)
 * @param problem the syntax problem, or null
 * @param comments every comment, in order
 * @param duplicates every repeated key
 */
public record ParsedFile(
        SourceFile source,
        @Nullable Node root,
        @Nullable SyntaxProblem problem,
        List<Comment> comments,
        List<DuplicateKey> duplicates) {}
