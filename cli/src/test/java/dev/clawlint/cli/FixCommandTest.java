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
        return ClawlintCommand.forArgs(args, System.in, new PrintWriter(out), new PrintWriter(err)).execute(args);
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
    void fixesInAnIncludedFileAreWrittenThereAndTheLineSaysSo() throws IOException {
        Path part = write("part.json5", "{ \"brain\": { \"provider\": \"ollama\", \"model\": \"qwen3:32b\" } }\n");
        Path main = write("openclaw.json5", "{ \"$include\": \"./part.json5\" }\n");
        assertThat(run("fix", main.toString())).isIn(ExitCodes.CLEAN, ExitCodes.FINDINGS);
        assertThat(out.toString()).contains(main + ": applied 1 fix: legacy-brain; also changed " + part);
        assertThat(Files.readString(part)).doesNotContain("brain").contains("\"primary\": \"ollama/qwen3:32b\"");
        assertThat(Files.readString(main)).isEqualTo("{ \"$include\": \"./part.json5\" }\n");
    }

    @Test
    void aFixThatCouldNotBeWrittenIsNotCalledApplied() {
        dev.clawlint.core.fix.FixOutcome outcome = new dev.clawlint.core.fix.FixOutcome("openclaw.json", null, "{ a: 1 }", "{}",
                java.util.List.of(new dev.clawlint.core.fix.AppliedFix("unknown-key", "Remove a",
                        new dev.clawlint.core.source.Position(1, 3), "/a", 1)), 1, java.util.List.of(), java.util.List.of(), java.util.List.of());
        int code = FixCommand.report(java.util.List.of(new dev.clawlint.core.fix.FixFileResult(outcome, "", false,
                "openclaw.json: cannot write: Read-only file system; the file is unchanged")), false,
                dev.clawlint.core.finding.Severity.ERROR, new PrintWriter(out), new PrintWriter(err), true);
        assertThat(code).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).isEqualTo("clawlint: openclaw.json: cannot write: Read-only file system; the file is unchanged\n");
        assertThat(out.toString()).isEqualTo("openclaw.json: could not apply 1 fix: unknown-key\n");
    }

    @Test
    void remainingErrorsGiveExitOne() throws IOException {
        // "prot" is probably "port", but a spelling guess is never renamed automatically
        Path file = write("typo.json", "{ \"gateway\": { \"prot\": 18789 } }");
        assertThat(run("fix", file.toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("nothing to fix", "remaining: ", "Did you mean \"port\"?", "[unknown-key]");
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
