package dev.clawlint.core.schema;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole-file schema of one release for editors ({@code clawlint schema --target R}): clawlint's curated
 * {@code models} and {@code agents} (with their descriptions and snippets) and guide keys, and the release's
 * own exported schema, descriptions included, for every other section. A section the release does not have is
 * left out, so an editor flags it as OpenClaw R does.
 */
public final class EditorSchema {
    /** The sections clawlint's schema describes precisely, kept whatever the release. */
    private static final Set<String> CURATED = Set.of("$schema", "models", "agents");

    private EditorSchema() {}

    /** The composed schema as JSON text. */
    public static String forTarget(TargetVersion target) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode curated = (ObjectNode) json.readTree(ClawlintSchema.text());
        JsonNode release;
        String resource = "/" + ClawlintSchema.RESOURCE_FOLDER + "releases/" + target.release() + "/upstream.schema.json.gz";
        try (InputStream in = EditorSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema of OpenClaw " + target.release() + " missing from the jar: " + resource);
            }
            release = json.readTree(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode properties = (ObjectNode) curated.get("properties");
        JsonNode own = release.path("properties");
        for (String key : new ArrayList<>(properties.propertyNames())) {
            boolean guideKey = properties.path(key).has("x-clawlint-rule");
            if (!CURATED.contains(key) && !guideKey && !own.has(key)) {
                properties.remove(key);
            }
        }
        for (var section : own.properties()) {
            if (!CURATED.contains(section.getKey())) {
                // the release's $refs are absolute (#/properties/<section>/...): the section keeps its place, so they hold
                properties.set(section.getKey(), section.getValue());
            }
        }
        curated.put("$id", ClawlintSchema.ID_PREFIX + target + "/openclaw.schema.json");
        curated.put("x-openclaw-version", target.release());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(curated) + "\n";
    }
}
