package dev.clawlint.core.load;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * OpenClaw's {@code ${VAR}} substitution ({@code src/config/env-substitution.ts},
 * docs/openclaw/reading.md#substitution): in string values only (never keys), anywhere in the string, names matching
 * {@code [A-Z_][A-Z0-9_]*}; {@code $${VAR}} is a literal {@code ${VAR}}; {@code ${lower}} and
 * {@code ${VAR:-x}} are not references and stay as written. A variable that is unset or empty
 * leaves the literal {@code ${VAR}} in place (OpenClaw warns; see the missing-env-var rule).
 *
 * <p>With an unknown environment nothing is substituted: the string keeps the literal and lists the
 * names it references, so rules that would need the value can stay silent.
 */
public final class EnvSubstitution {
    private static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private EnvSubstitution() {}

    /** The result of substituting one string. */
    public record Result(String value, List<String> references, List<String> missing) {}

    /** Substitutes every string value of a tree. */
    static Node apply(Node node, Environment env) {
        if (node instanceof ObjectNode object) {
            List<Member> members = new ArrayList<>();
            for (Member m : object.members()) {
                members.add(new Member(m.key(), m.keySpan(), apply(m.value(), env)));
            }
            return new ObjectNode(object.span(), members);
        }
        if (node instanceof ArrayNode array) {
            List<Node> elements = new ArrayList<>();
            for (Node e : array.elements()) {
                elements.add(apply(e, env));
            }
            return new ArrayNode(array.span(), elements);
        }
        if (node instanceof StringNode string && string.value().indexOf('$') >= 0) {
            Result r = substitute(string.value(), env);
            return new StringNode(string.span(), r.value(), string.written(), r.references());
        }
        return node;
    }

    /**
     * Substitutes one string value.
     *
     * @return the value OpenClaw sees, the names referenced, and those the environment lacks (empty
     *     when the environment is unknown: then nothing can be said to be missing)
     */
    public static Result substitute(String value, Environment env) {
        StringBuilder out = new StringBuilder();
        Set<String> references = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '$') {
                out.append(c);
                continue;
            }
            String escaped = nameAt(value, i + 1, true);
            if (escaped != null) {
                out.append("${").append(escaped).append('}');
                i = value.indexOf('}', i + 3);
                continue;
            }
            String name = nameAt(value, i, false);
            if (name == null) {
                out.append(c);
                continue;
            }
            references.add(name);
            i = value.indexOf('}', i + 2);
            String resolved = env.isKnown() ? env.get(name).orElse("") : "";
            if (resolved.isEmpty()) {
                if (env.isKnown()) {
                    missing.add(name);
                }
                out.append("${").append(name).append('}');
            } else {
                out.append(resolved);
            }
        }
        return new Result(out.toString(), List.copyOf(references), List.copyOf(missing));
    }

    /**
     * The name of a reference {@code ${NAME}} starting at {@code dollar}, or null. OpenClaw takes
     * the text up to the first {@code }} and accepts it only when it is a valid name.
     *
     * @param escapeForm whether {@code dollar} is the second {@code $} of {@code $${NAME}}
     */
    private static @Nullable String nameAt(String value, int dollar, boolean escapeForm) {
        if (dollar >= value.length() || value.charAt(dollar) != '$' || dollar + 1 >= value.length()
                || value.charAt(dollar + 1) != '{') {
            return null;
        }
        if (escapeForm && dollar == 0) {
            return null;
        }
        int end = value.indexOf('}', dollar + 2);
        if (end < 0) {
            return null;
        }
        String name = value.substring(dollar + 2, end);
        return NAME.matcher(name).matches() ? name : null;
    }
}
