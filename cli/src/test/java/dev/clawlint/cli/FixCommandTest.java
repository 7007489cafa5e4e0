package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clawlint fix} and {@code clawlint check --fix} from the command line: output, files, exit codes. */
class FixCommandTest {
    private static final String BRAIN = "{\n  \"brain\": {\n    \"model\": \"ollama/qwen3:32b\"\n  }\n}\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ClawlintCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private Path write(String name, String text) {
        return TestFiles.write(dir, name, text);
    }

    @Test
    void dryRunPrintsADiffAndLeavesTheFile() throws IOException {
        Path file = write("openclaw.json", BRAIN);
        assertThat(run("fix", "--dry-run", file.toString())).isEqualTo(ExitCodes.CLEAN);
        assertThat(out.toString()).contains("-  \"brain\": {", "+  \"agents\": {", "+        \"primary\": \"ollama/qwen3:32b\"",
                "would apply 1 fix: legacy-brain (dry run, nothing written)");
        assertThat(Files.readString(file)).isEqualTo(BRAIN);
    }

    @Test
    void fixWritesTheFileAndReportsWhatItDid() throws IOException {
        Path file = write("openclaw.json", BRAIN);
        assertThat(run("fix", file.toString())).isEqualTo(ExitCodes.CLEAN);
        assertThat(out.toString()).contains("applied 1 fix: legacy-brain");
        assertThat(Files.readString(file)).contains("\"primary\": \"ollama/qwen3:32b\"").doesNotContain("brain");
    }

    @Test
    void remainingErrorsGiveExitOne() throws IOException {
        Path file = write("flags.json", "{ \"models\": { \"providers\": { \"p\": { \"baseUrl\": \"http://h/v1\", \"strictMessageKeys\": true } } } }");
        assertThat(run("fix", file.toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("nothing to fix", "remaining: ", "[provider-compat-flags]");
    }

    @Test
    void unparsableFilesAndUnknownRulesGiveExitTwo() throws IOException {
        Path broken = write("broken.json", "{ \"brain\": ");
        assertThat(run("fix", broken.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("cannot fix a file that does not parse").doesNotContain("Exception");
        assertThat(Files.readString(broken)).isEqualTo("{ \"brain\": ");
        Path file = write("openclaw.json", BRAIN);
        assertThat(run("fix", "--only", "no-such-rule", file.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("unknown rule id 'no-such-rule'");
    }

    @Test
    void ruleLimitsTheFixes() throws IOException {
        Path file = write("openclaw.json", BRAIN);
        assertThat(run("fix", "--only", "legacy-heartbeat", file.toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(file)).isEqualTo(BRAIN);
    }

    @Test
    void ruleMeansIdEqualsSeverityAsInCheckAndOffKeepsThatRulesFixesOut() throws IOException {
        Path file = write("openclaw.json", BRAIN);
        assertThat(run("fix", "--rule", "legacy-brain", file.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("--rule takes ID=SEVERITY, as in check").contains("--only legacy-brain");
        assertThat(run("fix", "--rule", "legacy-brain=off", file.toString())).isNotEqualTo(ExitCodes.ERROR);
        assertThat(Files.readString(file)).isEqualTo(BRAIN);
    }

    @Test
    void checkWithFixFixesThenChecks() throws IOException {
        Path file = write("openclaw.json", BRAIN);
        assertThat(run("check", "--fix", "--no-source", file.toString())).isEqualTo(ExitCodes.CLEAN);
        assertThat(Files.readString(file)).doesNotContain("brain");
        assertThat(out.toString()).contains("0 errors");
        assertThat(err.toString()).contains("applied 1 fix: legacy-brain");
    }
}
