package dev.clawlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.schema.ClawlintSchema;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The editor schema of each release: clawlint's models and agents, the release's own schema for the rest. */
class EditorSchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static java.util.List<TargetVersion> releases() {
        return TargetVersion.SUPPORTED;
    }

    @ParameterizedTest(name = "OpenClaw {0}")
    @MethodSource("releases")
    void curatedModelsAndAgentsTheReleasesOwnSchemaElsewhere(TargetVersion target) throws Exception {
        JsonNode composed = JSON.readTree(EditorSchema.forTarget(target));
        JsonNode curated = JSON.readTree(ClawlintSchema.text());
        JsonNode release;
        try (InputStream in = EditorSchema.class.getResourceAsStream(
                "/dev/clawlint/schema/releases/" + target.release() + "/upstream.schema.json.gz")) {
            assertThat(in).isNotNull();
            release = JSON.readTree(new GZIPInputStream(in));
        }
        assertThat(composed.path("x-openclaw-version").asString()).isEqualTo(target.release());
        assertThat(composed.at("/properties/models")).isEqualTo(curated.at("/properties/models"));
        assertThat(composed.at("/properties/agents")).isEqualTo(curated.at("/properties/agents"));
        assertThat(composed.at("/properties/gateway")).isEqualTo(release.at("/properties/gateway"));
        for (var section : composed.path("properties").properties()) {
            String key = section.getKey();
            boolean kept = key.equals("$schema") || key.equals("models") || key.equals("agents")
                    || section.getValue().has("x-clawlint-rule");
            assertThat(kept || release.path("properties").has(key)).as("%s is a section of OpenClaw %s", key, target).isTrue();
        }
        assertThat(composed.path("additionalProperties").asBoolean(true)).isFalse();
    }
}
