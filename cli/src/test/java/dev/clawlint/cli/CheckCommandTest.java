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
    void aMissingFileIsAnErrorFindingAndExitsTwo() {
        CliRun run = CliRun.of("check", dir.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).contains(dir.resolve("nope.json") + ":1:1: error: This file cannot be read: no such file."
                + " [parse-error]");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionValueIsAUsageError() throws IOException {
        Path clean = write("openclaw.json", "{}");
        CliRun run = CliRun.of("check", "--target", "1999.1", clean.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("OpenClaw 1999.1 is not a release clawlint supports; supported: 2026.2 (2026.2.21),")
                .contains("2026.9 (2026.9.6)");
    }

    @Test
    void withoutTargetTheReleaseThatWroteTheFileJudgesIt() throws IOException {
        // OpenClaw 2026.4 has no agents.entries (it came with 2026.8): the same file is wrong for it, right for 2026.9
        String roster = "{agents: {ownership: \"explicit\", entries: {a: {}}}, meta: {lastTouchedVersion: \"%s\"}}";
        Path old = write("old.json5", roster.formatted("2026.4.15"));
        CliRun run = CliRun.of("check", "--no-source", old.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("Unknown key \"entries\" in agents: OpenClaw 2026.4 rejects the whole config")
                .contains("for OpenClaw 2026.4 (judged by 2026.4.27; meta.lastTouchedVersion is 2026.4.15)");
        Path current = write("current.json5", roster.formatted("2026.9.2"));
        CliRun now = CliRun.of("check", "--no-source", current.toString());
        assertThat(now.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(now.out()).contains("for OpenClaw 2026.9 (judged by 2026.9.6; meta.lastTouchedVersion is 2026.9.2)");
        CliRun asked = CliRun.of("check", "--no-source", "--target", "2026.9", old.toString());
        assertThat(asked.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(asked.out()).contains("for OpenClaw 2026.9 (judged by 2026.9.6; as requested)");
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
        assertThat(version.out()).contains("clawlint").contains("OpenClaw releases: 2026.2 (2026.2.21), 2026.3 (2026.3.31),")
                .contains("2026.9 (2026.9.6)").contains("else OpenClaw 2026.9");
    }
}
