package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code clawlint completion}: scripts generated from the command model, so every option is completed. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    @Test
    void bashCompletesAnOptionOfCheck() throws Exception {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        Path script = dir.resolve("clawlint.bash");
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        // the function bash calls for `clawlint check --bas<TAB>`, run outside an interactive shell
        String words = "source '" + script + "' 2>/dev/null; COMP_WORDS=(clawlint check --bas); COMP_CWORD=2;"
                + " _picocli_clawlint_check 2>/dev/null; echo \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", words).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor()).isZero();
        assertThat(out).isEqualTo("--baseline");
        assertThat(run.out()).contains("complete -F _complete_clawlint");
    }

    @Test
    void zshGetsTheBashScriptForBashcompinit() {
        assertThat(CliRun.of("completion", "zsh").out()).isEqualTo(CliRun.of("completion", "bash").out());
    }

    @Test
    void fishHasALinePerCommandAndOption() {
        CliRun run = CliRun.of("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        CommandLine check = ClawlintCommand.forArgs(new String[0]).getSubcommands().get("check");
        for (CommandLine.Model.OptionSpec o : check.getCommandSpec().options()) {
            assertThat(run.out()).as(o.longestName()).containsPattern(
                    "complete -c clawlint -n '__fish_seen_subcommand_from check'.* -l " + o.longestName().substring(2) + "\\b");
        }
        for (String command : List.of("check", "fix", "resolve", "rules", "explain", "schema", "completion")) {
            assertThat(run.out()).contains("-n __fish_use_subcommand -a " + command + " -d '");
        }
        assertThat(run.out()).contains("-l baseline -r -d 'Report only the findings this baseline does not hold,");
    }

    @Test
    void theScriptsTheDistributionShipsAreWhatTheCommandPrints() throws Exception {
        // regenerate after changing a command or option: ./clawlint completion bash > cli/src/completion/clawlint.bash
        // (and fish); zsh loads the bash one through bashcompinit
        java.nio.file.Path folder = dev.clawlint.fixtures.Fixtures.repositoryRoot().resolve("cli/src/completion");
        for (String shell : new String[] {"bash", "fish"}) {
            assertThat(java.nio.file.Files.readString(folder.resolve("clawlint." + shell))).as(shell)
                    .isEqualTo(CliRun.of("completion", shell).out());
        }
    }

    @Test
    void anotherShellIsAUsageError() {
        CliRun run = CliRun.of("completion", "tcsh");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("clawlint: no completion for the shell 'tcsh': bash, zsh or fish");
    }
}
