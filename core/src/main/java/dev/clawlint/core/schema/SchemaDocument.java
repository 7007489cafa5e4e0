package dev.clawlint.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema as a tree, for what the validator's errors do not carry: the keys an object allows
 * (did-you-mean), clawlint's vendor keywords ({@code x-openclaw-removed}, {@code x-clawlint-value-replacements}),
 * descriptions. Places in it are {@link SchemaNode}s, so callers never see the JSON library.
 */
public final class SchemaDocument {
    private final JsonNode root;
    private final boolean upstream;
    private final @Nullable String voice;

    /**
     * clawlint's curated schema, or the user's upstream one.
     *
     * @param root the schema
     * @param upstream whether this is the user's {@code openclaw config schema} output rather than clawlint's
     */
    public SchemaDocument(JsonNode root, boolean upstream) {
        this(root, upstream, null);
    }

    /**
     * @param root the schema
     * @param upstream whether this is the user's {@code openclaw config schema} output rather than clawlint's
     * @param voice for one of OpenClaw's own schemas, how findings name it ("OpenClaw 2026.9.6"); null for clawlint's
     */
    SchemaDocument(JsonNode root, boolean upstream, @Nullable String voice) {
        this.root = root;
        this.upstream = upstream;
        this.voice = voice;
    }

    /** The schema's root. */
    public SchemaNode root() {
        return SchemaNode.of(root);
    }

    /** Whether this is the user's upstream schema. */
    public boolean upstream() {
        return upstream;
    }

    /**
     * For one of OpenClaw's own schemas (a bundled release's, or the user's upstream one), how findings name
     * it: "OpenClaw 2026.9.6"; null for clawlint's curated schema, whose verdicts are the target's.
     */
    public @Nullable String voice() {
        return voice;
    }

    /** The subschema at a JSON Pointer into the schema, or null. */
    public @Nullable SchemaNode at(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isMissingNode() ? null : SchemaNode.of(node);
    }

    /** The subschema holding the keyword at {@code keywordPath} ({@code /definitions/model/additionalProperties} → the model schema). */
    public @Nullable SchemaNode owner(String keywordPath) {
        int slash = keywordPath.lastIndexOf('/');
        return slash < 0 ? null : at(keywordPath.substring(0, slash));
    }

    /**
     * The keys an object schema declares, following {@code $ref} and {@code allOf}; keys kept only for
     * clawlint's guide rules ({@code x-clawlint-rule}, {@code doNotSuggest}) are left out: they are never suggested.
     */
    public List<String> suggestableKeys(SchemaNode objectSchema) {
        List<String> keys = new ArrayList<>();
        properties(objectSchema).forEach((k, v) -> {
            if (!v.has("x-clawlint-rule") && !v.flag("doNotSuggest")) {
                keys.add(k);
            }
        });
        return keys;
    }

    /** The declared property schemas of an object schema, following {@code $ref} and {@code allOf}. */
    public Map<String, SchemaNode> properties(SchemaNode objectSchema) {
        Map<String, SchemaNode> out = new LinkedHashMap<>();
        collectProperties(objectSchema.json(), out, 0);
        return out;
    }

    private void collectProperties(JsonNode schema, Map<String, SchemaNode> out, int depth) {
        if (depth > 8) {
            return;
        }
        JsonNode resolved = resolve(schema);
        for (Map.Entry<String, JsonNode> p : resolved.path("properties").properties()) {
            out.putIfAbsent(p.getKey(), SchemaNode.of(resolve(p.getValue())));
        }
        for (JsonNode part : resolved.path("allOf")) {
            collectProperties(part, out, depth + 1);
        }
    }

    /** Follows local {@code $ref}s ({@code #/...}); an unresolvable one is left as it is. */
    public SchemaNode resolve(SchemaNode schema) {
        return SchemaNode.of(resolve(schema.json()));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 8 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asString("");
            int hash = ref.indexOf('#');
            if (hash < 0) {
                break;
            }
            JsonNode target = root.at(ref.substring(hash + 1));
            if (target.isMissingNode()) {
                break;
            }
            current = target;
        }
        return current;
    }
}
