package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.FixtureFile;
import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every guide snippet bundled in {@code examples/guide} has an expected-findings fixture: an identical
 * copy in {@code fixtures/guide} with a sidecar {@code .expect} listing every finding, which
 * {@link FixtureSuiteTest} checks both ways.
 */
class GuideSnippetFixturesTest {
    @Test
    void everyGuideSnippetHasAnIdenticalFixtureWithItsFullListOfFindings() throws IOException {
        Path examples = Fixtures.repositoryRoot().resolve("examples/guide");
        Path fixtures = Fixtures.fixtures().resolve("guide");
        List<Path> snippets = Fixtures.files(examples);
        assertThat(snippets).hasSize(13);
        for (Path snippet : snippets) {
            Path copy = fixtures.resolve(snippet.getFileName().toString());
            assertThat(copy).as("fixture copy of %s", snippet).exists();
            assertThat(Files.readAllBytes(copy)).as("fixture copy of %s", snippet).isEqualTo(Files.readAllBytes(snippet));
            assertThat(copy.resolveSibling(copy.getFileName() + ".expect")).as("expected findings of %s", snippet).exists();
            // the full list: a guide fixture is about every rule, not only those its markers name
            assertThat(FixtureFile.read(copy).declaredRules()).as("rules= of %s", copy).containsExactly("all");
        }
    }
}
