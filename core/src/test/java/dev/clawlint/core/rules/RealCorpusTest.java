package dev.clawlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule runs over the 100+ real configs of {@code data/corpus/real} (JSON5, BOM, UTF-16 and
 * broken files among them) without throwing, and finds the real mistakes we know are in there.
 */
class RealCorpusTest {
    private static final Path CORPUS = Fixtures.data("corpus").resolve("real");

    private static List<Diagnostic> check(String fileName) throws Exception {
        return new Clawlint().check(CheckRequest.of(List.of(CORPUS.resolve(fileName)))).diagnostics();
    }

    @TestFactory
    Stream<DynamicTest> noRuleThrowsOnAnyRealConfig() {
        List<Path> files = Fixtures.files(CORPUS);
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream().map(f -> DynamicTest.dynamicTest(String.valueOf(f.getFileName()), () -> {
            List<Diagnostic> findings = new Clawlint().check(CheckRequest.of(List.of(f))).diagnostics();
            assertThat(findings).allSatisfy(d -> assertThat(d.message()).isNotBlank());
        }));
    }

    @Test
    void findsAnEnvVarNameWrittenAsTheApiKey() throws Exception {
        // "apiKey": "OLLAMA_API_KEY" sends the text itself as the key
        assertThat(check("032-davidhayesbc-openclaw-openshell-config-openclaw.json"))
                .anySatisfy(d -> {
                    assertThat(d.ruleId()).isEqualTo("literal-env-reference");
                    assertThat(d.range().start().line()).isEqualTo(49);
                    assertThat(d.message()).contains("Write \"${OLLAMA_API_KEY}\"");
                    assertThat(d.fix()).isNotNull();
                });
    }

    @Test
    void leavesPlaceholdersAlone() throws Exception {
        // line 355 is "apiKey": "YOUR_API_KEY", a placeholder, not a variable name
        assertThat(check("019-Turbo31150-configuration-llm-openclaw-openclaw-openclaw.json"))
                .noneSatisfy(d -> assertThat(d.range().start().line()).isEqualTo(355));
    }

    @Test
    void findsOllamaReachedThroughV1() throws Exception {
        assertThat(check("001-AlexZ005-openclaw-ollama-openclaw-openclaw.json"))
                .anySatisfy(d -> {
                    assertThat(d.ruleId()).isEqualTo("ollama-openai-endpoint");
                    assertThat(d.range().start().line()).isEqualTo(66);
                    assertThat(d.message()).contains("through /v1");
                });
        long files = Fixtures.files(CORPUS).stream().filter(f -> {
            try {
                return new Clawlint().check(CheckRequest.of(List.of(f))).diagnostics().stream()
                        .anyMatch(d -> d.ruleId().equals("ollama-openai-endpoint"));
            } catch (Exception e) {
                throw new AssertionError(f + ": " + e, e);
            }
        }).count();
        assertThat(files).as("real configs that reach Ollama through /v1 or an openai-* api").isGreaterThanOrEqualTo(10);
    }
}
