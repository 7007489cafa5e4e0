package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --env}, {@code --env-file}, config discovery and reading findings as {@code clawlint check} prints them. */
class EnvironmentAndDiscoveryTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) {
        return TestFiles.write(dir, name, text);
    }

    private Path configWithReference() throws IOException {
        return write("openclaw.json", "{\n  \"env\": {\"vars\": {\"PROXY_URL\": \"http://${PROXY_HOST}:8080\"}}\n}\n");
    }

    @Test
    void withoutAnEnvironmentNothingIsReportedMissing() throws IOException {
        CliRun run = CliRun.of("check", configWithReference().toString());
        assertThat(run.out()).doesNotContain("missing-env-var");
    }

    @Test
    void anEnvFileThatLacksTheVariableGivesAWarningOnTheValue() throws IOException {
        Path config = configWithReference();
        Path env = write("ci.env", "# CI\nexport OTHER='x'\n");
        CliRun run = CliRun.of("check", "--env-file", env.toString(), config.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains(config + ":2:33: warning: Missing env var \"PROXY_HOST\"")
                .contains("[missing-env-var]");
    }

    @Test
    void aVariableGivenOnTheCommandLineResolvesTheReferenceAndIsNeverPrinted() throws IOException {
        Path config = configWithReference();
        CliRun run = CliRun.of("check", "--env", "PROXY_HOST=secret-host.internal", "--format", "json", config.toString());
        assertThat(run.out()).doesNotContain("missing-env-var").doesNotContain("secret-host.internal");
    }

    @Test
    void aMalformedEnvOptionIsAUsageError() throws IOException {
        CliRun run = CliRun.of("check", "--env", "NOEQUALS", configWithReference().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--env expects NAME=VALUE");
    }

    @Test
    void aBadEnvFileLineIsOneClearLineAndExitsTwo() throws IOException {
        Path env = write("bad.env", "GOOD=1\nthis is not a variable\n");
        CliRun run = CliRun.of("check", "--env-file", env.toString(), configWithReference().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains(env + ":2: expected NAME=VALUE").doesNotContain("Exception");
    }

    @Test
    void withNoFileTheConfigIsFoundAsOpenClawFindsIt() throws IOException {
        Path state = dir.resolve("state");
        Path legacy = write("state/clawdbot.json", "{\"gateway\": {}, \"gateway\": {}}\n");
        CliRun run = CliRun.of("check", "--env", "OPENCLAW_STATE_DIR=" + state);
        assertThat(run.out()).as(run.err()).contains(legacy + ":1:2: warning: ").contains("[duplicate-key]");
    }

    @Test
    void withNoFileAndNoConfigItSaysWhereItLookedAndExitsTwo() {
        Path nowhere = dir.resolve("none/openclaw.json");
        CliRun run = CliRun.of("check", "--env", "OPENCLAW_CONFIG_PATH=" + nowhere);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("no OpenClaw config found").contains("tried:").contains("  " + nowhere)
                .doesNotContain("Exception");
    }

    @Test
    void aParseErrorInsideAnIncludedFileIsShownInThatFileWithItsSourceLine() throws IOException {
        write("parts/models.json5", "{\n  models: { mode: 'merge' }\n  agents: {},\n}\n");
        Path config = write("openclaw.json", "{\n  \"$include\": \"./parts/models.json5\"\n}\n");
        CliRun run = CliRun.of("check", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        Path included = dir.resolve("parts/models.json5");
        assertThat(run.out()).contains(included + ":3:3: error: Failed to parse include file: ./parts/models.json5")
                .contains("[include-error]")
                .contains("    3 |   agents: {},");
    }

    @Test
    void anIncludeErrorIsShownAtTheIncludeValue() throws IOException {
        Path config = write("openclaw.json", "{\n  \"$include\": \"../outside.json5\"\n}\n");
        CliRun run = CliRun.of("check", config.toString());
        assertThat(run.out()).contains(config + ":2:15: error: Include path escapes config directory: ../outside.json5")
                .contains("    2 |   \"$include\": \"../outside.json5\"");
    }

    @Test
    void processEnvUsesClawlintsOwnEnvironment() throws IOException {
        assertThat(System.getenv("PATH")).isNotBlank();
        assertThat(System.getenv("CLAWLINT_TEST_SURELY_UNSET")).isNull();
        Path config = write("openclaw.json", "{\"env\": {\"vars\": {\"A\": \"${PATH}\", \"B\": \"${CLAWLINT_TEST_SURELY_UNSET}\"}}}\n");
        CliRun run = CliRun.of("check", "--process-env", config.toString());
        assertThat(run.out()).contains("Missing env var \"CLAWLINT_TEST_SURELY_UNSET\"").doesNotContain("\"PATH\"");
    }
}
