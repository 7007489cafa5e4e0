package dev.clawlint.core.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output of {@code openclaw config schema} the user supplies with {@code --upstream-schema}: OpenClaw's
 * full schema, used for the sections clawlint does not model. OpenClaw's export has {@code $ref}s to
 * {@code #/$defs/...} that do not exist at its root (Ajv refuses the file); such a ref, and any ref that
 * is not local, is replaced by "anything", so the schema still checks everything else. Its patterns are
 * JavaScript regular expressions: the few that Java reads differently ({@code [^.[\]]}) are translated,
 * and one that still cannot be compiled is dropped (counted, like refs).
 *
 * @param schema the schema with unresolvable refs neutralised
 * @param unresolvedRefs how many refs were replaced
 * @param droppedPatterns how many patterns could not be used
 */
public record UpstreamSchema(JsonNode schema, int unresolvedRefs, int droppedPatterns) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * Reads and prepares an upstream schema file.
     *
     * @throws UpstreamSchemaException when the file cannot be read or is not a JSON Schema object
     */
    public static UpstreamSchema load(Path file) throws UpstreamSchemaException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            throw new UpstreamSchemaException("cannot read upstream schema " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage())));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new UpstreamSchemaException("upstream schema " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "); pass the output of `openclaw config schema`");
        }
        if (!(root instanceof ObjectNode object) || !(object.has("properties") || object.has("type"))) {
            throw new UpstreamSchemaException("upstream schema " + file
                    + " is not a JSON Schema object; pass the output of `openclaw config schema`");
        }
        return of(object);
    }

    /** Prepares an already parsed schema (a copy; the argument is not changed). */
    public static UpstreamSchema of(ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        int unresolved = neutralise(copy, copy);
        int dropped = javaPatterns(copy);
        return new UpstreamSchema(copy, unresolved, dropped);
    }

    /** Makes every {@code pattern} and {@code patternProperties} key a Java regex; returns how many were dropped. */
    private static int javaPatterns(JsonNode node) {
        int dropped = 0;
        if (node instanceof ObjectNode object) {
            JsonNode pattern = object.get("pattern");
            if (pattern != null && pattern.isString()) {
                String java = JsRegex.toJava(pattern.asString());
                if (java == null) {
                    object.remove("pattern");
                    dropped++;
                } else {
                    object.put("pattern", java);
                }
            }
            if (object.get("patternProperties") instanceof ObjectNode patterns) {
                ObjectNode translated = patterns.objectNode();
                for (Map.Entry<String, JsonNode> e : patterns.properties()) {
                    String java = JsRegex.toJava(e.getKey());
                    if (java == null) {
                        dropped++;
                    } else {
                        translated.set(java, e.getValue());
                    }
                }
                object.set("patternProperties", translated);
            }
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                dropped += javaPatterns(e.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                dropped += javaPatterns(element);
            }
        }
        return dropped;
    }

    private static int neutralise(JsonNode node, ObjectNode root) {
        int count = 0;
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && !resolvable(ref.asString(), root)) {
                object.remove("$ref");
                count++;
            }
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                count += neutralise(e.getValue(), root);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                count += neutralise(element, root);
            }
        }
        return count;
    }

    private static boolean resolvable(String ref, ObjectNode root) {
        return ref.startsWith("#") && !root.at(ref.substring(1)).isMissingNode();
    }
}
