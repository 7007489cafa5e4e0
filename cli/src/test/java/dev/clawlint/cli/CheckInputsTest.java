package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code clawlint check} accepts as FILE: files, {@code -}, directories, globs; and a file it cannot read. */
class CheckInputsTest {
    private static final String BAD = "{\n  \"gateway\": {\"port\": 18789},\n  \"frobnicate\": true\n}\n";
    private static final String CLEAN = "{\"gateway\": {\"port\": 18789}}\n";

    @TempDir
    Path dir;

    @Test
    void dashReadsStandardInputUnderTheStdinFilename() {
        CliRun run = CliRun.withStdin(BAD, "check", "-", "--stdin-filename", "conf/openclaw.json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("conf/openclaw.json:3:3: error: ").contains("[unknown-key]")
                .contains("    3 |   \"frobnicate\": true");
    }

    @Test
    void dashWithoutAFilenameIsReportedAsStdin() {
        CliRun run = CliRun.withStdin(BAD, "check", "-", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("\"file\" : \"<stdin>\"");
    }

    @Test
    void aStdinFilenameWithoutDashIsAUsageError() {
        CliRun run = CliRun.of("check", "--stdin-filename", "x.json", TestFiles.write(dir, "openclaw.json", CLEAN).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--stdin-filename");
    }

    @Test
    void aDirectoryIsSearchedForConfigNamesSkippingBuildAndDependencyFolders() {
        TestFiles.write(dir, "openclaw.json", CLEAN);
        TestFiles.write(dir, "sub/openclaw.json5", BAD);
        TestFiles.write(dir, "sub/prod.openclaw.json", CLEAN);
        TestFiles.write(dir, "sub/other.json", BAD);
        TestFiles.write(dir, "node_modules/x/openclaw.json", BAD);
        TestFiles.write(dir, "target/openclaw.json", BAD);
        TestFiles.write(dir, ".git/openclaw.json", BAD);
        CliRun run = CliRun.of("check", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains(dir.resolve("sub/openclaw.json5") + ":3:3: error: ")
                .contains("1 error, 0 warnings, 0 infos in 3 files")
                .doesNotContain("node_modules").doesNotContain("target").doesNotContain(".git").doesNotContain("other.json");
    }

    @Test
    void aDirectoryWithoutConfigsIsOneLineAndExitsTwo() {
        TestFiles.write(dir, "readme.txt", "x");
        CliRun run = CliRun.of("check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err().strip()).startsWith("clawlint: " + dir + ": no OpenClaw config file").doesNotContain("\n");
    }

    @Test
    void aGlobTheShellDidNotExpandIsExpandedHere() {
        TestFiles.write(dir, "conf/a.json5", CLEAN);
        TestFiles.write(dir, "conf/deep/b.json5", BAD);
        TestFiles.write(dir, "conf/c.json", BAD);
        CliRun run = CliRun.of("check", dir + "/conf/**/*.json5");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains(dir.resolve("conf/deep/b.json5") + ":3:3:").contains("in 2 files")
                .doesNotContain("c.json");
    }

    @Test
    void aGlobThatMatchesNothingIsOneLineAndExitsTwo() {
        CliRun run = CliRun.of("check", dir + "/*.json5");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err().strip()).isEqualTo("clawlint: " + dir + "/*.json5: no file matches this pattern");
    }

    @Test
    void aMissingFileAmongGoodOnesIsAFindingTheOthersAreStillReportedAndTheExitIsTwo() {
        Path bad = TestFiles.write(dir, "bad.openclaw.json", BAD);
        Path missing = dir.resolve("missing.json");
        Path clean = TestFiles.write(dir, "openclaw.json", CLEAN);
        CliRun run = CliRun.of("check", bad.toString(), missing.toString(), clean.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).contains("\"files\" : 3").contains("unknown-key").contains("This file cannot be read: no such file.");
    }

    @Test
    void aDirectoryNamedAmongFilesIsSearchedNotRefused() {
        Path sub = dir.resolve("sub");
        TestFiles.write(dir, "sub/openclaw.json", CLEAN);
        CliRun run = CliRun.of("check", sub.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("in 1 file");
    }

    @Test
    void withNoFileTheWorkingDirectorysOpenclawJsonComesFirstThenJson5ThenOpenClawsPlaces() throws Exception {
        Path home = dir.resolve("home");
        TestFiles.write(home, ".openclaw/openclaw.json", CLEAN);
        Path work = dir.resolve("work");
        java.nio.file.Files.createDirectories(work);
        java.util.Map<String, String> env = java.util.Map.of("HOME", home.toString());
        assertThat(ConfigFiles.discovered(env, "check", work)).isEqualTo(home.resolve(".openclaw/openclaw.json"));
        TestFiles.write(work, "openclaw.json5", CLEAN);
        assertThat(ConfigFiles.discovered(env, "check", work)).isEqualTo(work.resolve("openclaw.json5"));
        TestFiles.write(work, "openclaw.json", CLEAN);
        assertThat(ConfigFiles.discovered(env, "check", work)).isEqualTo(work.resolve("openclaw.json"));
    }
}
