package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A central audit ignores the checked files' own clawlint-disable comments. */
class InlineSuppressionOptionsTest {
    private static final String SUPPRESSED = "{\n  \"gateway\": {\"port\": 18789},\n"
            + "  \"frobnicate\": true // clawlint-disable-line unknown-key -- our tooling reads it\n}\n";

    @TempDir
    Path dir;

    @Test
    void noInlineSuppressionsReportsWhatTheCommentsHide() {
        Path config = TestFiles.write(dir, "openclaw.json5", SUPPRESSED);
        assertThat(CliRun.of("check", config.toString()).exitCode()).isEqualTo(ExitCodes.CLEAN);
        CliRun audit = CliRun.of("check", config.toString(), "--no-inline-suppressions", "--no-source");
        assertThat(audit.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(audit.out()).contains("Unknown key \"frobnicate\"").doesNotContain("unused-suppression");
    }
}
