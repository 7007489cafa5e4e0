package dev.clawlint.core.schema;

import dev.clawlint.core.knowledge.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Did-you-mean for an unknown key: the key the user most likely meant among those the schema allows
 * at that place, or one level down (a model's {@code num_ctx} belongs in {@code params.num_ctx}).
 */
public final class KeySuggestions {
    /** Names other tools use for what OpenClaw calls {@code params} (Ollama's request {@code options}). */
    private static final Map<String, String> ALIASES = Map.of(
            "modeloptions", "params",
            "options", "params",
            "parameters", "params");

    /** Members whose keys are often written one level too high ({@code num_ctx} beside {@code contextWindow}). */
    private static final List<String> RELOCATION_TARGETS = List.of("params", "compat");

    private KeySuggestions() {}

    /** Whether the key is a comment written as a key ({@code _note}, {@code _comment}, {@code "// ..."}). */
    public static boolean isCommentKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.startsWith("//") || k.startsWith("#")
                || (k.startsWith("_") && (k.contains("note") || k.contains("comment") || k.contains("doc")
                        || k.contains("desc") || k.contains("info") || k.contains("todo")));
    }

    /**
     * The path (relative to the object) the user most likely meant, or null.
     *
     * @param key the unknown key
     * @param objectSchema the schema of the object it sits in
     * @param schema the document the schema belongs to
     * @param nested the keys inside the unknown key's value, when it is an object (for aliases like
     *     {@code modelOptions: {num_ctx}})
     */
    public static @Nullable String suggest(String key, SchemaNode objectSchema, SchemaDocument schema, List<String> nested) {
        List<String> allowed = schema.suggestableKeys(objectSchema);
        String normal = normalise(key);
        for (String a : allowed) {
            if (normalise(a).equals(normal)) {
                return a;
            }
        }
        String alias = ALIASES.get(normal);
        if (alias != null && allowed.contains(alias)) {
            return nested.size() == 1 && childAllows(schema, objectSchema, alias, nested.get(0))
                    ? alias + "." + nested.get(0) : alias;
        }
        // one level down: a key that belongs to an allowed object member
        for (String a : RELOCATION_TARGETS) {
            SchemaNode child = allowed.contains(a) ? schema.properties(objectSchema).get(a) : null;
            if (child == null) {
                continue;
            }
            for (String inner : schema.suggestableKeys(child)) {
                if (normalise(inner).equals(normal)) {
                    return a + "." + inner;
                }
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        int limit = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
        for (String a : allowed) {
            int d = EditDistance.between(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance <= limit && !tie ? best : null;
    }

    private static boolean childAllows(SchemaDocument schema, SchemaNode objectSchema, String child, String key) {
        SchemaNode c = schema.properties(objectSchema).get(child);
        return c != null && schema.properties(c).containsKey(key);
    }

    /** Case, {@code _} and {@code -} do not matter: {@code baseURL}, {@code base_url} and {@code baseUrl} are one key. */
    static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }
}
