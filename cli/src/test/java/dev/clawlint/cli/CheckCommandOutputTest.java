package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clawlint check --format ... --output ...}: every core format, to standard output or a file. */
class CheckCommandOutputTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Path bad;

    @BeforeEach
    void badConfig() throws Exception {
        bad = dir.resolve("openclaw.json");
        Files.writeString(bad, "{\n  modles: {},\n}\n");
    }

    private int run(String... args) {
        return ClawlintCommand.forArgs(args, System.in, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void githubFormatPrintsWorkflowCommands() {
        assertThat(run("check", "--format", "github", bad.toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).startsWith("::error file=" + bad + ",line=2,col=3,endLine=2,endColumn=9,title=unknown-key::");
    }

    @Test
    void outputWritesTheReportToAFileAndNothingToStandardOutput() throws Exception {
        Path report = dir.resolve("reports/clawlint.sarif");
        assertThat(run("check", "--format", "sarif", "--output", report.toString(), bad.toString()))
                .isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(report)).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"unknown-key\"");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheFormats() {
        assertThat(run("check", "--format", "xml", bad.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("unknown format 'xml' (expected one of text, json, sarif, github, junit, checkstyle)");
    }

    @Test
    void anUnwritableOutputIsAClearExit2() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "");
        assertThat(run("check", "-o", blocker.resolve("report.txt").toString(), bad.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).startsWith("clawlint: cannot write the report to " + blocker.resolve("report.txt") + ": ");
        assertThat(out.toString()).isEmpty();
    }
}
