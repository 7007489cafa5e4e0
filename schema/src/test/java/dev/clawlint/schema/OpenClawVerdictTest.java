package dev.clawlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The schema's verdicts agree with OpenClaw 2026.9.6's own validator (recorded by tools/oracle/record.sh).
 *
 * <p>Case files live in {@code cases/}. Agreement is required for every case, except two documented families:
 * {@code guide-*} (the guide's keys: declared in the schema so the linter can give them their own rule ids, rejected by
 * OpenClaw) and {@code loose-*} (deep keys of agents.defaults / agents.entries sections the schema checks for type only).
 */
class OpenClawVerdictTest {
    private static final String CASES = "/dev/clawlint/schema/cases/";
    private static final String RECORDED = CASES + "openclaw-2026.9.6.jsonl";

    static Map<String, JsonNode> recorded(String resource) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : read(resource).split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = SchemaSupport.MAPPER.readTree(line);
                out.put(n.get("file").asString(), n);
            }
        }
        return out;
    }

    static Stream<Arguments> cases() {
        return recorded(RECORDED).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schemaVerdictMatchesOpenClaw(String file, JsonNode verdict) {
        JsonNode config = SchemaSupport.MAPPER.readTree(read(CASES + file));
        List<Error> errors = SchemaSupport.validate(config);
        boolean openclawAccepts = verdict.get("valid").asBoolean();
        if (file.startsWith("guide-") || file.startsWith("loose-")) {
            assertThat(openclawAccepts).as("OpenClaw rejects " + file).isFalse();
            assertThat(errors).as("the schema accepts " + file + " by design").isEmpty();
        } else if (openclawAccepts) {
            assertThat(errors).as("OpenClaw accepts " + file).isEmpty();
        } else {
            assertThat(errors).as("OpenClaw rejects " + file + ": " + verdict.get("issues")).isNotEmpty();
        }
    }

    @Test
    void everyCaseFileHasARecordedVerdict() throws IOException {
        Path dir = SchemaSupport.repoRoot().resolve("schema/src/test/resources" + CASES);
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(new TreeSet<>(recorded(RECORDED).keySet())).as("run tools/oracle/record.sh after adding a case").isEqualTo(files);
    }

    @Test
    void theCleanExamplesAreValidForTheSchemaAndForOpenClaw() throws IOException {
        Path root = SchemaSupport.repoRoot();
        Map<String, JsonNode> oracle = recorded(fixture("openclaw-2026.9.6.jsonl"));
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("examples/clean"))) {
            s.sorted().forEach(p -> files.add("examples/clean/" + p.getFileName()));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        for (String f : files) {
            JsonNode doc = SchemaSupport.MAPPER.readTree(Files.readString(root.resolve(f), StandardCharsets.UTF_8));
            assertThat(SchemaSupport.validate(doc)).as(f).isEmpty();
            JsonNode v = oracle.get(f);
            assertThat(v).as(f + " recorded (tools/oracle/record.sh)").isNotNull();
            assertThat(Objects.requireNonNull(v).get("valid").asBoolean()).as(f + " accepted by OpenClaw").isTrue();
            assertThat(v.get("warnings")).as(f + " without OpenClaw warnings").isEmpty();
        }
    }

    @Test
    void theGuideSnippetsAreRejectedBySchemaWhereOpenClawRejectsThemForNonGuideReasons() {
        // 01, 03, 04, 07, 09, 11 use the object map under models: the schema keeps models an array, like OpenClaw
        Map<String, JsonNode> oracle = recorded(fixture("openclaw-2026.9.6.jsonl"));
        for (String f : List.of("01-lmstudio-provider.json", "03-ollama-context-window.json", "07-vllm-provider.json")) {
            JsonNode doc = SchemaSupport.MAPPER.readTree(read(SchemaSupport.repoRoot().resolve("examples/guide/" + f)));
            assertThat(SchemaSupport.validate(doc)).as(f).isNotEmpty();
            assertThat(oracle.get("seed/examples/" + f).get("valid").asBoolean()).isFalse();
        }
        JsonNode sglang = SchemaSupport.MAPPER.readTree(read(SchemaSupport.repoRoot().resolve("examples/guide/08-sglang-provider.json")));
        assertThat(SchemaSupport.validate(sglang)).isEmpty();
        assertThat(oracle.get("seed/examples/08-sglang-provider.json").get("valid").asBoolean()).isTrue();
    }

    static Path fixture(String name) {
        return SchemaSupport.repoRoot().resolve("src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle/" + name);
    }

    static Map<String, JsonNode> recorded(Path file) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : read(file).split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = SchemaSupport.MAPPER.readTree(line);
                out.put(n.get("file").asString(), n);
            }
        }
        return out;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(String resource) {
        try (InputStream in = OpenClawVerdictTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
