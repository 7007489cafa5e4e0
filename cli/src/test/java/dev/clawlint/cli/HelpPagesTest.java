package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every help page teaches: examples and exit codes; usage errors are one line pointing to the page. */
class HelpPagesTest {
    @Test
    void everyCommandsHelpHasExamplesAndExitCodes() {
        for (String command : List.of("check", "fix", "resolve", "rules", "explain", "schema")) {
            CliRun run = CliRun.of("help", command);
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.CLEAN);
            assertThat(run.out()).as(command).contains("Examples:\n  clawlint " + command).contains("Exit codes:\n  0 ")
                    .contains("  2 ").endsWith("\n");
        }
        assertThat(CliRun.of("--help").out()).contains("Examples:").contains("clawlint help check");
    }

    @Test
    void helpTextsDoNotBreakAWordAcrossLines() {
        assertThat(CliRun.of("help", "schema").out()).contains("docs/editors.md");
    }

    @Test
    void aUsageErrorIsOneLineStartingWithClawlintAndNamingTheHelpPage() {
        for (List<String> args : List.of(List.of("check", "--formt", "json"), List.of("chek"), List.of("fix"),
                List.of("explain"), List.of("check", "--fail-on", "loud", "x.json"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(args.toString()).isEqualTo(ExitCodes.ERROR);
            assertThat(run.err().strip()).as(args.toString()).startsWith("clawlint: ").doesNotContain("\n")
                    .containsPattern("\\(see 'clawlint help( \\w+)?'\\)$").doesNotContain("Usage:");
        }
        assertThat(CliRun.of("check", "--formt", "json").err()).contains("did you mean '--format'?")
                .contains("(see 'clawlint help check')");
    }

    @Test
    void aCommandThatNeedsNoOtherIsBuiltAloneAndReadsTheSameAsInTheWholeTree() {
        assertThat(ClawlintCommand.forArgs(new String[] {"check", "openclaw.json"}).getSubcommands()).containsOnlyKeys("check");
        int all = ClawlintCommand.forArgs(new String[0]).getSubcommands().size();
        assertThat(all).isEqualTo(9);
        for (String[] args : List.of(new String[] {"help", "check"}, new String[] {"completion", "bash"},
                new String[] {"chek"}, new String[] {"--version"})) {
            assertThat(ClawlintCommand.forArgs(args).getSubcommands()).as(args[0]).hasSize(all);
        }
        for (String command : List.of("check", "fix", "resolve", "rules", "explain", "schema", "init")) {
            assertThat(CliRun.of(command, "--help").out()).as(command).isEqualTo(CliRun.of("help", command).out());
        }
    }
}
