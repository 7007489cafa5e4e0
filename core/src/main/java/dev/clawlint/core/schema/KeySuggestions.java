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
            "parameters", "params",
            // the local-models guide's name for a model's input modalities (examples/guide/11-…)
            "inputtypes", "input");

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
        String same = sameName(normal, allowed);
        if (same != null) {
            return same;
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
            if (!sameFirstLetter(key, a)) {
                continue; // a typo rarely hits the first letter; "version" is not a misspelt "session"
            }
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

    /**
     * The key to rename {@code key} to, when the meaning is certain rather than a guess: the same name but for case,
     * {@code _} and {@code -} ({@code context_window}), or a known alias of a key allowed here ({@code inputTypes} →
     * {@code input}). Spelling guesses ({@code contxtWindow}) are only suggested, never renamed: a wrong rename would
     * change what the config means.
     */
    public static @Nullable String certainRename(String key, SchemaNode objectSchema, SchemaDocument schema) {
        List<String> allowed = schema.suggestableKeys(objectSchema);
        String normal = normalise(key);
        String same = sameName(normal, allowed);
        String alias = ALIASES.get(normal);
        return same != null ? same : alias != null && allowed.contains(alias) ? alias : null;
    }

    /** The allowed key that is {@code normal} but for case, {@code _} and {@code -}, or null. */
    private static @Nullable String sameName(String normal, List<String> allowed) {
        for (String a : allowed) {
            if (normalise(a).equals(normal)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Where else in the config OpenClaw reads the key, when the user put it in the wrong section: a top-level
     * section written inside another ({@code gateway.hooks} → the top level), or a section's key written at
     * the top level ({@code providers} → {@code models.providers}, when exactly one section has it).
     *
     * @param key the unknown key
     * @param parentPointer the JSON pointer of the object it sits in ({@code ""} for the top level)
     * @param whole the whole-file schema
     * @return the dotted path where OpenClaw reads it ({@code ""} for the top level), or null
     */
    public static @Nullable String elsewhere(String key, String parentPointer, SchemaDocument whole) {
        Map<String, SchemaNode> sections = whole.properties(whole.root());
        if (!parentPointer.isEmpty()) {
            return sections.containsKey(key) ? "" : null;
        }
        String found = null;
        for (Map.Entry<String, SchemaNode> section : sections.entrySet()) {
            if (whole.properties(whole.resolve(section.getValue())).containsKey(key)) {
                if (found != null) {
                    return null; // more than one section has it: no guess
                }
                found = section.getKey() + "." + key;
            }
        }
        return found;
    }

    private static boolean sameFirstLetter(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
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
