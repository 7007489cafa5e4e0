package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit-code contract of {@code clawlint check}: 0 clean, 1 findings, 2 usage or I/O error. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) {
        return TestFiles.write(dir, name, text);
    }

    @Test
    void aCleanConfigExitsZero() throws IOException {
        Path clean = write("openclaw.json", "{\"gateway\": {\"port\": 18789}}\n");
        CliRun run = CliRun.of("check", clean.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("0 errors");
    }

    @Test
    void aBadConfigPrintsFileLineColumnAndExitsOne() throws IOException {
        Path bad = write("openclaw.json", "{\n  \"gateway\": {\"port\": 18789},\n  \"frobnicate\": true\n}\n");
        CliRun run = CliRun.of("check", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains(bad + ":3:3: error: ").contains("[unknown-key]");
        assertThat(run.out()).contains("    3 |   \"frobnicate\": true").contains("|   ^^^^^^^^^^^^");
    }

    @Test
    void aMissingFileIsOneClearLineAndExitsTwo() {
        CliRun run = CliRun.of("check", dir.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err().strip()).isEqualTo("clawlint: " + dir.resolve("nope.json") + ": no such file");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionValueIsAUsageError() throws IOException {
        Path clean = write("openclaw.json", "{}");
        CliRun run = CliRun.of("check", "--target", "1999.1", clean.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("not a target clawlint knows");
    }

    @Test
    void warningsFailOnlyWhenAskedTo() throws IOException {
        Path dup = write("openclaw.json", "{\"gateway\": {}, \"gateway\": {}}");
        assertThat(CliRun.of("check", dup.toString()).exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(CliRun.of("check", "--fail-on", "warning", dup.toString()).exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CliRun.of("check", "--fail-on", "warning", "--rule", "duplicate-key=off", dup.toString()).exitCode())
                .isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void jsonFormatIsVersionedAndMachineReadable() throws IOException {
        Path bad = write("openclaw.json", "{\"frobnicate\": 1}");
        CliRun run = CliRun.of("check", "--format", "json", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("\"formatVersion\" : 1").contains("\"ruleId\" : \"unknown-key\"")
                .contains("\"pointer\" : \"/frobnicate\"");
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: clawlint").contains("check");
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("clawlint").contains("OpenClaw 2026.9");
    }
}
