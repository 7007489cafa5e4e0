package dev.clawlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.testing.RuleTester;
import dev.clawlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * unresolved-model-ref: a model the gateway routes to that resolves to nothing is an error; an allowlist
 * entry that resolves to nothing only fails when someone picks it, so it is a warning.
 */
class UnresolvedModelRefRuleTest {
    private static final RuleTester RULE = RuleTester.of("unresolved-model-ref");

    @Test
    void anUnknownAllowlistEntryIsAWarningAnUnknownAgentModelAnError() throws Exception {
        String text = Files.readString(Fixtures.fixtures().resolve("unresolved-model-ref/bad-allowlist-entry-unknown.json5"),
                StandardCharsets.UTF_8);
        assertThat(RULE.diagnostics(text)).extracting(Diagnostic::severity)
                .containsExactly(Severity.WARNING, Severity.ERROR);
    }
}
