package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;
import java.util.List;

/**
 * A JSON5 string.
 *
 * @param span where the string literal was written, quotes included
 * @param value the value OpenClaw sees: unescaped, with {@code ${VAR}} references substituted where
 *     the environment is known
 * @param written the value as written in the file (unescaped, before substitution)
 * @param envVars the names of the environment variables the written value references
 *     ({@code ${NAME}}), whether or not they could be substituted
 */
public record StringNode(Span span, String value, String written, List<String> envVars) implements Node {
    /** Copies the variable list. */
    public StringNode {
        envVars = List.copyOf(envVars);
    }

    /** A string as written, with no environment references. */
    public StringNode(Span span, String value) {
        this(span, value, value, List.of());
    }

    /** Whether the value came (partly) from the environment. */
    public boolean fromEnvironment() {
        return !envVars.isEmpty();
    }

    @Override
    public String typeName() {
        return "string";
    }
}
