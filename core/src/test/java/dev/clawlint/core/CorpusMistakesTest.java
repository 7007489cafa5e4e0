package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real mistakes noted in the corpus's README and MANIFEST are found where real users made them:
 * one representative file per kind of mistake, with the line clawlint must point at.
 */
class CorpusMistakesTest {
    @ParameterizedTest(name = "{0}: {2} at line {1}")
    @CsvSource({
        // an environment variable's name written as the apiKey value
        "032-davidhayesbc-openclaw-openshell-config-openclaw.json, 49, literal-env-reference, name of an environment variable",
        // baseURL instead of baseUrl
        "071-JoseAntonioNuevo-clawdbot-clawdbot.json, 11, unknown-key, Did you mean \"baseUrl\"",
        // models as an object keyed by model id
        "004-COMMEE-087-local-ai-stack-config-openclaw-example.json, 0, models-object-map, wants an array",
        // Ollama reached through its OpenAI-compatible /v1 endpoint
        "001-AlexZ005-openclaw-ollama-openclaw-openclaw.json, 0, ollama-openai-endpoint, /v1",
        // maxTokens written as a string
        "099-giruclawbot-giru-backup-openclaw-template.json, 59, invalid-type, must be a number, not a string",
        // duplicate keys
        "045-rainman74-OpenClaw-Configs-openclaw-linux-openclaw.json, 0, duplicate-key, shadowed by line",
        "114-shenghuiqian99-bot-local-openclaw-config-bak-openclaw.json, 0, duplicate-key, shadowed by line",
    })
    void theMistakeIsFound(String file, int line, String ruleId, String messagePart) throws Exception {
        Path path = Fixtures.data("corpus/real").resolve(file);
        List<Diagnostic> found = new Clawlint().check(CheckRequest.of(List.of(path))).diagnostics().stream()
                .filter(d -> d.ruleId().equals(ruleId) && d.message().contains(messagePart))
                .toList();
        assertThat(found).as("%s in %s", ruleId, file).isNotEmpty();
        if (line > 0) {
            assertThat(found).extracting(d -> d.range().start().line()).contains(line);
        }
    }
}
