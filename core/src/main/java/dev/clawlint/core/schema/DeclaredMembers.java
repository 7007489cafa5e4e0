package dev.clawlint.core.schema;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Every member of a document together with the schema that declares it by name (through
 * {@code properties}, following {@code $ref}/{@code allOf}, {@code patternProperties},
 * {@code additionalProperties} and {@code items}). Used for what a validator cannot see: vendor
 * keywords on valid members, such as {@code x-openclaw-since}.
 */
public final class DeclaredMembers {
    /**
     * One member with its declaration.
     *
     * @param pointer the member's pointer
     * @param declaration the member's schema as declared in {@code properties}
     */
    public record Declared(String pointer, SchemaNode declaration) {}

    /** Compiled {@code patternProperties} keys (empty: not a Java pattern); the schemas' keys are few and fixed. */
    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    private DeclaredMembers() {}

    /** The members of {@code root} that the schema declares by name, in document order. */
    public static List<Declared> of(SchemaDocument schema, Node root) {
        List<Declared> out = new ArrayList<>();
        walk(schema, schema.resolve(schema.root()), root, "", out, 0);
        return out;
    }

    private static void walk(SchemaDocument schema, SchemaNode node, Node value, String pointer, List<Declared> out, int depth) {
        if (depth > 32) {
            return;
        }
        if (value instanceof ObjectNode object) {
            Map<String, SchemaNode> declared = schema.properties(node);
            for (Member m : object.effectiveMembers()) {
                String child = JsonPointer.child(pointer, m.key());
                SchemaNode named = declared.get(m.key());
                if (named != null) {
                    out.add(new Declared(child, named));
                    walk(schema, schema.resolve(named), m.value(), child, out, depth + 1);
                    continue;
                }
                SchemaNode other = byPattern(schema, node, m.key());
                if (other != null) {
                    walk(schema, schema.resolve(other), m.value(), child, out, depth + 1);
                }
            }
        } else if (value instanceof ArrayNode array && node.path("items").isObject()) {
            SchemaNode items = node.path("items");
            for (int i = 0; i < array.elements().size(); i++) {
                walk(schema, schema.resolve(items), array.elements().get(i), JsonPointer.child(pointer, i), out, depth + 1);
            }
        }
    }

    private static @Nullable SchemaNode byPattern(SchemaDocument schema, SchemaNode node, String key) {
        for (Map.Entry<String, SchemaNode> p : node.members("patternProperties").entrySet()) {
            Optional<Pattern> pattern = PATTERNS.computeIfAbsent(p.getKey(), DeclaredMembers::compile);
            if (pattern.isPresent() && pattern.get().matcher(key).find()) {
                return p.getValue();
            }
        }
        SchemaNode additional = node.get("additionalProperties");
        return additional != null && additional.isObject() ? additional : null;
    }

    private static Optional<Pattern> compile(String regex) {
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            return Optional.empty(); // not a Java pattern: the member is matched by additionalProperties, if anything
        }
    }
}
