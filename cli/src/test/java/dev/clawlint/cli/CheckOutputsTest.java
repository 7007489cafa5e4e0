package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several reports in one run, colour, --quiet and --max-warnings. */
class CheckOutputsTest {
    /** An unknown key (error) and a duplicate key (warning, fixable). */
    private static final String BAD = "{\n  \"gateway\": {\"port\": 18789},\n  \"gateway\": {\"port\": 18790},\n  \"frobnicate\": true\n}\n";
    /** Only a duplicate key: one warning. */
    private static final String WARN = "{\n  \"gateway\": {\"port\": 18789},\n  \"gateway\": {\"port\": 18790}\n}\n";

    @TempDir
    Path dir;

    @Test
    void eachFormatWithAFileGoesThereAndTheOneWithoutGoesToStandardOutput() throws Exception {
        Path bad = TestFiles.write(dir, "openclaw.json", BAD);
        Path sarif = dir.resolve("out/clawlint.sarif");
        Path junit = dir.resolve("junit.xml");
        CliRun run = CliRun.of("check", bad.toString(), "--format", "sarif=" + sarif, "--format", "text",
                "-f", "junit=" + junit);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("[unknown-key]").doesNotContain("\"$schema\"");
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("unknown-key");
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuite name=\"" + bad + "\"");
    }

    @Test
    void twoFormatsForStandardOutputAreAUsageErrorOfOneLine() {
        CliRun run = CliRun.of("check", "x.json", "--format", "text", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err().strip()).startsWith("clawlint: only one --format can go to standard output")
                .endsWith("(see 'clawlint help check')").doesNotContain("\n");
    }

    @Test
    void reportFilesAreReadableLikeAnyBuildOutput() throws Exception {
        Path bad = TestFiles.write(dir, "openclaw.json", BAD);
        Path report = dir.resolve("r.json");
        CliRun.of("check", bad.toString(), "--format", "json=" + report);
        if (report.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(report)).contains(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        }
    }

    @Test
    void colourFollowsTheFlagThenNoColorThenForceColorThenTheTerminal() {
        assertThat(Outputs.color("always", Map.of("NO_COLOR", "1"), false)).isTrue();
        assertThat(Outputs.color("never", Map.of("FORCE_COLOR", "1"), true)).isFalse();
        assertThat(Outputs.color("auto", Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), true)).isFalse();
        assertThat(Outputs.color("auto", Map.of("NO_COLOR", ""), true)).isTrue();
        assertThat(Outputs.color("auto", Map.of("FORCE_COLOR", "1"), false)).isTrue();
        assertThat(Outputs.color("auto", Map.of("FORCE_COLOR", "0"), true)).isFalse();
        assertThat(Outputs.color("auto", Map.of(), true)).isTrue();
        assertThat(Outputs.color("auto", Map.of(), false)).isFalse();
    }

    @Test
    void colorAlwaysColoursTheTextReportAndNeverAndTheDefaultOffATerminalDoNot() {
        Path bad = TestFiles.write(dir, "openclaw.json", BAD);
        assertThat(CliRun.of("check", bad.toString(), "--color", "always").out()).contains("\u001B[31merror:");
        assertThat(CliRun.of("check", bad.toString(), "--color", "never").out()).doesNotContain("\u001B");
        CliRun wrong = CliRun.of("check", bad.toString(), "--color", "sometimes");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(wrong.err()).contains("--color takes auto, always or never");
    }

    @Test
    void theTextReportEndsWithHowManyFindingsClawlintFixCanFix() {
        Path bad = TestFiles.write(dir, "openclaw.json", BAD);
        assertThat(CliRun.of("check", bad.toString()).out()).endsWith("1 of these can be fixed with `clawlint fix`\n");
    }

    @Test
    void quietReportsOnlyErrors() {
        Path bad = TestFiles.write(dir, "openclaw.json", BAD);
        CliRun run = CliRun.of("check", bad.toString(), "--quiet");
        assertThat(run.out()).contains("[unknown-key]").doesNotContain("[duplicate-key]").contains("1 error, 0 warnings");
        Path warn = TestFiles.write(dir, "warn.openclaw.json", WARN);
        assertThat(CliRun.of("check", warn.toString(), "-q", "--fail-on", "warning").exitCode()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void maxWarningsFailsTheRunWhenThereAreMoreWarningsThanThat() {
        Path warn = TestFiles.write(dir, "openclaw.json", WARN);
        assertThat(CliRun.of("check", warn.toString()).exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(CliRun.of("check", warn.toString(), "--max-warnings", "1").exitCode()).isEqualTo(ExitCodes.CLEAN);
        CliRun over = CliRun.of("check", warn.toString(), "--max-warnings", "0");
        assertThat(over.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(over.err()).contains("clawlint: 1 warnings, more than --max-warnings 0 allows");
        assertThat(CliRun.of("check", warn.toString(), "--max-warnings", "-1").exitCode()).isEqualTo(ExitCodes.ERROR);
    }
}
