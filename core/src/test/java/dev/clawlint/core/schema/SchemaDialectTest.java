package dev.clawlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.KeywordFactory;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every keyword of the schemas clawlint ships (its published schema, every bundled release's sections) is one
 * the dialect knows, so the schema library has nothing to warn about ("Unknown keyword markdownDescription").
 */
class SchemaDialectTest {
    private static final Path SCHEMAS = Fixtures.repositoryRoot().resolve("schema/src/main/resources/dev/clawlint/schema");

    @Test
    void noKeywordOfTheShippedSchemasReachesTheLibrarysUnknownKeywordFallback() throws Exception {
        Set<String> unknown = new TreeSet<>();
        KeywordFactory recorder = (value, context) -> {
            if (!value.startsWith("x-")) {
                unknown.add(value);
            }
            return new AnnotationKeyword(value);
        };
        Dialect recording = Dialect.builder(SchemaValidator.SchemaDialect.DRAFT_7).unknownKeywordFactory(recorder).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SCHEMAS)) {
            files = walk.filter(p -> p.toString().endsWith(".json")
                    && (p.getParent().endsWith("sections") || p.endsWith("openclaw.schema.json"))).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        JsonMapper mapper = JsonMapper.builder().build();
        for (Path file : files) {
            JsonNode tree = mapper.readTree(file.toFile());
            Schema schema = SchemaRegistry.withDefaultDialect(recording).getSchema(tree);
            schema.initializeValidators();
        }
        assertThat(unknown).as("keywords neither Draft 7 nor declared in SchemaDialect").isEmpty();
    }

    @Test
    void editorAnnotationsAreDeclaredAndVendorKeywordsAreAnnotationsWithoutAWarning() {
        assertThat(SchemaValidator.SchemaDialect.DRAFT_7.getKeywords()).containsKeys("markdownDescription", "deprecationMessage",
                "defaultSnippets", "type", "properties");
        JsonNode tree = JsonMapper.builder().build().readTree(
                "{\"type\":\"object\",\"x-openclaw-since\":\"2026.8\",\"markdownDescription\":\"**x**\"}");
        Schema schema = SchemaRegistry.withDefaultDialect(SchemaValidator.SchemaDialect.DRAFT_7).getSchema(tree);
        schema.initializeValidators();
        assertThat(schema.validate("{}", com.networknt.schema.InputFormat.JSON)).isEmpty();
        assertThat(schema.validate("1", com.networknt.schema.InputFormat.JSON)).isNotEmpty();
    }
}
