package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    @Test
    void printsTheRulesPageFromTheClasspath() {
        CliRun run = CliRun.of("explain", "ollama-openai-endpoint");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# ollama-openai-endpoint\n").contains("## Bad").contains("## Fix");
    }

    @Test
    void noPagePrintsTheTestMarkersOfItsExamples() {
        for (RuleMeta rule : BuiltInRules.catalogue()) {
            CliRun run = CliRun.of("explain", rule.id());
            assertThat(run.exitCode()).as(rule.id()).isZero();
            assertThat(run.out()).as(rule.id()).contains("## Bad").doesNotContain("// expect").doesNotContain("expect:")
                    .doesNotContain("// fixture:");
        }
    }

    @Test
    void markersGoTheCodeLinesStay() {
        String page = "```json5\n{\n  list: [ // expect: agents-list\n  // expect-next-line: unknown-key\n  x: 1,\n"
                + "  baseUrl: \"http://h/v1\", // expect: a \"b // c\"; d@3\n}\n```\n";
        assertThat(ExplainCommand.withoutMarkers(page))
                .isEqualTo("```json5\n{\n  list: [\n  x: 1,\n  baseUrl: \"http://h/v1\",\n}\n```\n");
    }

    @Test
    void theSourcePagesKeepTheirMarkers() {
        assertThat(ExplainCommand.page("ollama-openai-endpoint")).contains("// expect: ollama-openai-endpoint");
    }

    @Test
    void anUnknownRuleExitsTwoWithASuggestion() {
        CliRun run = CliRun.of("explain", "ollama-openai-endpiont");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown rule 'ollama-openai-endpiont'").contains("Did you mean 'ollama-openai-endpoint'?");
    }

    @Test
    void anUnrelatedWordPointsAtTheList() {
        CliRun run = CliRun.of("explain", "banana");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Run 'clawlint rules' for the list.");
    }
}
