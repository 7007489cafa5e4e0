package dev.clawlint.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared helpers for the schema tests: the parsed schema, an offline networknt registry, a tree walker. */
final class SchemaSupport {
    /** Reads test documents the way OpenClaw's JSON5 files are usually written (comments, trailing commas). */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
            .build();

    /** The published schema, parsed. */
    static final JsonNode SCHEMA = MAPPER.readTree(ClawlintSchema.text());

    /** Draft-07 registry that resolves the schema's $id to the jar copy: never the network. */
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getDraft7(), b -> b
            .schemaIdResolvers(r -> r.mapPrefix(ClawlintSchema.ID_PREFIX, "classpath:" + ClawlintSchema.RESOURCE_FOLDER)));

    private SchemaSupport() {}

    /** The whole schema, or the subschema at a JSON pointer into it ("" for the root). */
    static Schema schemaAt(String pointer) {
        Schema s = REGISTRY.getSchema(SchemaLocation.of(pointer.isEmpty() ? ClawlintSchema.ID : ClawlintSchema.ID + "#" + pointer));
        s.initializeValidators();
        return s;
    }

    static List<Error> validate(String pointer, JsonNode instance) {
        return schemaAt(pointer).validate(instance);
    }

    static List<Error> validate(JsonNode instance) {
        return validate("", instance);
    }

    /** Root folder of the repository (set by surefire, falls back to the module's parent). */
    static Path repoRoot() {
        String p = System.getProperty("clawlint.repo.root");
        Path root = p != null ? Path.of(p) : Path.of("..");
        if (!Files.isDirectory(root.resolve("schema"))) {
            throw new IllegalStateException("not the clawlint repository root: " + root.toAbsolutePath());
        }
        return root.normalize();
    }

    /** Escapes one JSON pointer token. */
    static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Visits every schema object in the tree with its JSON pointer (into the schema document). */
    static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        walkSchema(node, pointer, visitor);
    }

    private static void walkSchema(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        if (!node.isObject()) {
            return; // boolean schemas
        }
        visitor.accept(pointer, node);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            String here = pointer + "/" + token(key);
            switch (key) {
                case "properties", "patternProperties", "definitions", "dependencies" -> {
                    for (Map.Entry<String, JsonNode> m : value.properties()) {
                        walkSchema(m.getValue(), here + "/" + token(m.getKey()), visitor);
                    }
                }
                case "anyOf", "allOf", "oneOf" -> {
                    int i = 0;
                    for (JsonNode item : value) {
                        walkSchema(item, here + "/" + i++, visitor);
                    }
                }
                case "items" -> {
                    if (value.isArray()) {
                        int i = 0;
                        for (JsonNode item : value) {
                            walkSchema(item, here + "/" + i++, visitor);
                        }
                    } else {
                        walkSchema(value, here, visitor);
                    }
                }
                case "additionalProperties", "additionalItems", "propertyNames", "not", "if", "then", "else", "contains" ->
                        walkSchema(value, here, visitor);
                default -> {
                    // annotations, vendor data, snippet bodies, enums: not subschemas
                }
            }
        }
    }

    /** All schema objects (pointer, node) in the document. */
    static List<Map.Entry<String, JsonNode>> allSchemas() {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        walk(SCHEMA, "", (p, n) -> out.add(Map.entry(p, n)));
        return out;
    }

    /** Walks the subtree at a schema pointer; "/definitions" walks every definition. */
    static void walkUnder(String start, BiConsumer<String, JsonNode> visitor) {
        JsonNode at = SCHEMA.at(start);
        if (at.isMissingNode()) {
            throw new IllegalArgumentException("no such schema location: " + start);
        }
        if (start.endsWith("/definitions")) {
            for (Map.Entry<String, JsonNode> d : at.properties()) {
                walk(d.getValue(), start + "/" + token(d.getKey()), visitor);
            }
        } else {
            walk(at, start, visitor);
        }
    }

    /**
     * Every declared property (pointer to its subschema, subschema) below the given schema pointers: entries of
     * {@code properties} maps, at any depth, following the tree (not $refs), leaving out the helper subschemas of
     * if/then/not/dependencies.
     */
    static List<Map.Entry<String, JsonNode>> propertiesUnder(String... pointers) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (String start : pointers) {
            walkUnder(start, (p, n) -> {
                if (p.matches(".*/properties/[^/]+$") && !p.matches(".*/(if|then|not|dependencies)(/.*)?$")) {
                    out.add(Map.entry(p, n));
                }
            });
        }
        return out;
    }
}
