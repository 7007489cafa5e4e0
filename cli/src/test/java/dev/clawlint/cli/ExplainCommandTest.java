package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    @Test
    void printsTheRulesPageFromTheClasspath() {
        CliRun run = CliRun.of("explain", "ollama-openai-endpoint");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# ollama-openai-endpoint\n").contains("## Bad").contains("## Fix");
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
