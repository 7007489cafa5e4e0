package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting clawlint on a legacy config: {@code --write-baseline} once, then {@code --baseline} reports only new findings. */
class BaselineOptionsTest {
    private static final String LEGACY = "{\n  \"gateway\": {\"port\": 18789, \"frobnicate\": true}\n}\n";
    private static final String WORSE = "{\n  \"gateway\": {\"port\": 18789, \"frobnicate\": true},\n  \"wibble\": 1\n}\n";
    private static final String BETTER = "{\n  \"gateway\": {\"port\": 18789}\n}\n";

    @TempDir
    Path dir;

    @Test
    void writingABaselineAcceptsTodaysFindings() {
        Path config = TestFiles.write(dir, "openclaw.json", LEGACY);
        Path baseline = dir.resolve("ci/clawlint-baseline.json");
        CliRun write = CliRun.of("check", config.toString(), "--write-baseline", baseline.toString());
        assertThat(write.exitCode()).as(write.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(write.err()).contains("wrote 1 finding(s) to the baseline");
        assertThat(baseline).content().contains("\"rule\" : \"unknown-key\"").contains("\"file\" : \"../openclaw.json\"");

        CliRun same = CliRun.of("check", config.toString(), "--baseline", baseline.toString());
        assertThat(same.exitCode()).as(same.out()).isEqualTo(ExitCodes.CLEAN);
        assertThat(same.err()).isEmpty();
    }

    @Test
    void aNewFindingFailsAndAFixedOneAsksToShrinkTheBaseline() {
        Path config = TestFiles.write(dir, "openclaw.json", LEGACY);
        Path baseline = dir.resolve("clawlint-baseline.json");
        CliRun.of("check", config.toString(), "--write-baseline", baseline.toString());

        TestFiles.write(dir, "openclaw.json", WORSE);
        CliRun worse = CliRun.of("check", config.toString(), "--baseline", baseline.toString(), "--no-source");
        assertThat(worse.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(worse.out()).contains("Unknown key \"wibble\"").doesNotContain("\"frobnicate\"");

        TestFiles.write(dir, "openclaw.json", BETTER);
        CliRun better = CliRun.of("check", config.toString(), "--baseline", baseline.toString());
        assertThat(better.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(better.err()).contains("1 entry of the baseline").contains("shrink it with --write-baseline")
                .contains("openclaw.json /gateway/frobnicate [unknown-key]");
    }

    @Test
    void aBadBaselineIsOneExitTwoLine() {
        Path config = TestFiles.write(dir, "openclaw.json", LEGACY);
        Path notABaseline = TestFiles.write(dir, "report.json", "{\"files\": []}");
        CliRun run = CliRun.of("check", config.toString(), "--baseline", notABaseline.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("clawlint: ").contains("not a clawlint baseline");
    }

    @Test
    void readingAndWritingAtOnceIsAUsageError() {
        Path config = TestFiles.write(dir, "openclaw.json", LEGACY);
        CliRun run = CliRun.of("check", config.toString(), "--baseline", "a.json", "--write-baseline", "b.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("give one of them");
    }
}
