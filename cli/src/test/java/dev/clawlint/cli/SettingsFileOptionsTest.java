package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} with a team's {@code .clawlint.json5}, {@code --config}, and {@code clawlint init}. */
class SettingsFileOptionsTest {
    private static final String UNKNOWN_KEY = "{\n  \"gateway\": {\"port\": 18789, \"frobnicate\": true}\n}\n";

    @TempDir
    Path dir;

    @Test
    void theNearestSettingsFileAppliesAndTheCommandLineWins() {
        TestFiles.write(dir, ".clawlint.json5", "{ rules: { \"unknown-key\": \"warning\" } }");
        Path config = TestFiles.write(dir, "deploy/prod/openclaw.json", UNKNOWN_KEY);
        CliRun relaxed = CliRun.of("check", config.toString(), "--no-source");
        assertThat(relaxed.exitCode()).as(relaxed.out() + relaxed.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(relaxed.out()).contains(": warning: Unknown key \"frobnicate\"");

        CliRun strict = CliRun.of("check", config.toString(), "--rule", "unknown-key=error");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void configNamesTheSettingsFileForEveryFile() {
        Path settings = TestFiles.write(dir, "ci/lenient.json5", "{ rules: { \"unknown-key\": \"off\" } }");
        Path config = TestFiles.write(dir, "openclaw.json", UNKNOWN_KEY);
        CliRun run = CliRun.of("check", config.toString(), "--config", settings.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("0 errors, 0 warnings");
    }

    @Test
    void aBadSettingsFileIsOneExitTwoLineWithItsPlace() {
        Path settings = TestFiles.write(dir, ".clawlint.json5", "{\n  rules: { \"local-timout\": \"off\" },\n}\n");
        Path config = TestFiles.write(dir, "openclaw.json", UNKNOWN_KEY);
        CliRun run = CliRun.of("check", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("clawlint: " + settings + ":2:12: unknown rule id 'local-timout'");
    }

    @Test
    void ruleOptionsInTheSettingsFileChangeWhatCheckReportsAndABadOneIsItsPlace() {
        Path config = TestFiles.write(dir, "openclaw.json5", "{ models: { providers: { rented: {"
                + " baseUrl: 'http://gpu.example.org:8000/v1', api: 'openai-completions', apiKey: '${RENTED_KEY}',"
                + " timeoutSeconds: 300, models: [{ id: 'q', name: 'q', contextWindow: 32768 }] } } },"
                + " agents: { defaults: { model: { primary: 'rented/q' } } } }\n");
        assertThat(CliRun.of("check", "--no-source", config.toString()).out()).contains("[insecure-endpoint]");
        TestFiles.write(dir, ".clawlint.json5", "{ rules: { \"insecure-endpoint\": [\"error\", { allowedHosts: [\"gpu.example.org\"] }] } }");
        CliRun allowed = CliRun.of("check", "--no-source", config.toString());
        assertThat(allowed.out()).doesNotContain("[insecure-endpoint]");

        Path settings = TestFiles.write(dir, ".clawlint.json5", "{ rules: { \"insecure-endpoint\": [\"error\", { allowedHost: [] }] } }");
        CliRun bad = CliRun.of("check", config.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(bad.err().lines()).singleElement().asString().isEqualTo("clawlint: " + settings
                + ":1:45: unknown option \"allowedHost\" of insecure-endpoint (its options: allowedHosts)");
    }

    @Test
    void theSettingsFileSaysWhichReportsARunWritesUnlessTheCommandLineDoes() throws Exception {
        Path settings = TestFiles.write(dir, "ci/clawlint.json5", "{ format: [\"github\", \"sarif=out/clawlint.sarif\"] }");
        Path config = TestFiles.write(dir, "openclaw.json", UNKNOWN_KEY);
        CliRun run = CliRun.of("check", "--config", settings.toString(), config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("::error file=");
        // the file is relative to the settings file, not to the working directory
        assertThat(dir.resolve("ci/out/clawlint.sarif")).content().contains("\"ruleId\" : \"unknown-key\"");
        CliRun text = CliRun.of("check", "--config", settings.toString(), "--format", "text", "--no-source", config.toString());
        assertThat(text.out()).as("--format wins").startsWith(config + ":2:30: error: Unknown key");

        Path bad = TestFiles.write(dir, "ci/bad.json5", "{ format: [\"html\"] }");
        CliRun refused = CliRun.of("check", "--config", bad.toString(), config.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(refused.err().lines()).singleElement().asString().startsWith("clawlint: " + bad
                + ":1:12: unknown format \"html\" (known: text, json, sarif, github, junit, checkstyle)");
    }

    @Test
    void initWritesAStarterThatChangesNothingAndNeverOverwrites() {
        Path config = TestFiles.write(dir, "openclaw.json", UNKNOWN_KEY);
        String without = CliRun.of("check", config.toString()).out();

        CliRun init = CliRun.of("init", dir.toString());
        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(dir.resolve(".clawlint.json5")).content().isEqualTo(InitCommand.STARTER);
        CliRun with = CliRun.of("check", config.toString());
        assertThat(with.exitCode()).as(with.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(with.out()).isEqualTo(without);

        CliRun again = CliRun.of("init", dir.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(again.err()).contains("exists already");
        assertThat(dir.resolve(".clawlint.json5")).content().isEqualTo(InitCommand.STARTER);
    }

    @Test
    void fixReadsTheSettingsFileToo() {
        String brain = "{\n  \"brain\": {\n    \"model\": \"ollama/qwen3:32b\"\n  }\n}\n";
        Path config = TestFiles.write(dir, "openclaw.json", brain);
        TestFiles.write(dir, ".clawlint.json5", "{ rules: { \"legacy-brain\": \"off\" } }");
        CliRun off = CliRun.of("fix", "--dry-run", config.toString());
        assertThat(off.out()).doesNotContain("agents");
        assertThat(config).content().isEqualTo(brain);

        CliRun on = CliRun.of("fix", "--dry-run", config.toString(), "--rule", "legacy-brain=error");
        assertThat(on.out()).as("the command line wins").contains("+  \"agents\"");
    }
}
