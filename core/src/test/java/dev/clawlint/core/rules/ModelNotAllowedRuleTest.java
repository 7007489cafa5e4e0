package dev.clawlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.testing.RuleTester;
import dev.clawlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * model-not-allowed: a sub-agent model outside the allowlist is refused (error); a primary, fallback or
 * heartbeat model outside it still runs (warning). The fix adds the key to the legacy catalogue only.
 */
class ModelNotAllowedRuleTest {
    private static final RuleTester RULE = RuleTester.of("model-not-allowed");

    private static String fixture(String name) throws Exception {
        return Files.readString(Fixtures.fixtures().resolve("model-not-allowed/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void subAgentModelIsAnErrorTheRoutedModelsWarnings() throws Exception {
        List<Diagnostic> found = RULE.diagnostics(fixture("bad-legacy-catalog.json5"));
        assertThat(found).extracting(Diagnostic::severity).containsExactly(Severity.WARNING, Severity.ERROR);
        assertThat(RULE.diagnostics(fixture("bad-model-policy.json5"))).extracting(Diagnostic::severity)
                .containsOnly(Severity.WARNING).hasSize(2);
    }

    @Test
    void fixAddsTheKeyToTheCatalogue() throws Exception {
        String fixed = RULE.fix(fixture("bad-legacy-catalog.json5"));
        assertThat(fixed.replaceAll("\\s+", " "))
                .contains("models: { \"ollama/qwen3:32b\": { alias: \"big\" }, \"ollama/mistral-nemo:12b\": {} }");
        assertThat(RULE.diagnostics(fixed)).isEmpty();
        RULE.fixesTo(fixed, fixed);
    }

    @Test
    void noFixForAModelPolicy() throws Exception {
        String text = fixture("bad-model-policy.json5");
        assertThat(RULE.diagnostics(text)).allMatch(d -> d.fix() == null);
    }
}
