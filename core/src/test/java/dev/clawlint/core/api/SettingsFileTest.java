package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileSettings;
import dev.clawlint.core.lint.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .clawlint.json5}: what it says for each config file, where it is found, and how its mistakes are reported. */
class SettingsFileTest {
    private static final String TEAM = """
            // the team's settings
            {
              target: "2026.7",
              rules: { "local-timeout": "off", "keep-alive": "error" },
              overrides: [
                { files: ["staging/**"], target: "2026.9", rules: { "keep-alive": "info" } },
                { files: ["staging/legacy.json5"], rules: { "keep-alive": "off" } },
              ],
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theBaseAppliesEverywhereAndLaterOverridesWin() throws Exception {
        SettingsFile settings = SettingsFile.read(write(".clawlint.json5", TEAM));
        FileSettings prod = settings.forFile(dir.resolve("prod/openclaw.json"));
        assertThat(prod.target()).isEqualTo(new TargetVersion(2026, 7));
        assertThat(prod.rules().isOff("local-timeout")).isTrue();
        assertThat(prod.rules().effective("keep-alive", Severity.WARNING)).isEqualTo(Severity.ERROR);

        FileSettings staging = settings.forFile(dir.resolve("staging/openclaw.json"));
        assertThat(staging.target()).isEqualTo(new TargetVersion(2026, 9));
        assertThat(staging.rules().effective("keep-alive", Severity.WARNING)).isEqualTo(Severity.INFO);
        assertThat(staging.rules().isOff("local-timeout")).as("the base still applies").isTrue();

        assertThat(settings.forFile(dir.resolve("staging/legacy.json5")).rules().isOff("keep-alive")).isTrue();
    }

    @Test
    void theNearestFileUpwardGovernsAndTheCommandLineWinsOverIt() throws Exception {
        write(".clawlint.json5", TEAM);
        write("staging/.clawlint.json", "{ rules: { \"local-timeout\": \"warning\" } }");
        Path deep = write("staging/eu/openclaw.json", "{}");
        Path prod = write("prod/openclaw.json", "{}");
        assertThat(SettingsFile.find(deep.getParent())).isEqualTo(dir.resolve("staging/.clawlint.json"));
        assertThat(SettingsFile.find(prod.getParent())).isEqualTo(dir.resolve(".clawlint.json5"));

        Map<Path, FileSettings> settings = SettingsFile.forFiles(List.of(deep, prod), null,
                RuleSettings.DEFAULTS.with("keep-alive", Severity.WARNING), null);
        assertThat(settings.get(deep).rules().effective("local-timeout", Severity.INFO)).isEqualTo(Severity.WARNING);
        assertThat(settings.get(deep).target()).isNull();
        assertThat(settings.get(prod).rules().effective("keep-alive", Severity.INFO)).as("--rule wins").isEqualTo(Severity.WARNING);
        assertThat(settings.get(prod).target()).isEqualTo(new TargetVersion(2026, 7));

        Map<Path, FileSettings> targeted = SettingsFile.forFiles(List.of(prod), null, RuleSettings.DEFAULTS,
                new TargetVersion(2026, 4));
        assertThat(targeted.get(prod).target()).as("--target wins").isEqualTo(new TargetVersion(2026, 4));

        Path explicit = write("ci/strict.json5", "{ rules: { \"keep-alive\": \"off\" } }");
        assertThat(SettingsFile.forFiles(List.of(deep), explicit, RuleSettings.DEFAULTS, null).get(deep).rules()
                .isOff("keep-alive")).as("--config names the file for every config").isTrue();
    }

    @Test
    void aConfigNoSettingsFileSpeaksForGetsNoEntry() throws Exception {
        Path alone = write("alone/openclaw.json", "{}");
        // the temp folder's ancestors (/tmp, /) hold no settings file
        assertThat(SettingsFile.forFiles(List.of(alone), null, RuleSettings.DEFAULTS, null)).isEmpty();
    }

    @Test
    void ruleOptionsReachTheRulesAndAnOverrideChangesThemForItsFiles() throws Exception {
        write(".clawlint.json5", """
                {
                  rules: { "small-model-tool-use": ["error", { minBillions: 32 }] },
                  overrides: [{ files: ["lab/**"], rules: { "small-model-tool-use": ["warning", { minBillions: 8 }] } }],
                }
                """);
        String config = "{ models: { providers: { ollama: { baseUrl: 'http://127.0.0.1:11434', api: 'ollama', apiKey: 'ollama-local',"
                + " timeoutSeconds: 300, models: [{ id: 'qwen3:14b', name: 'q', contextWindow: 32768, params: { num_ctx: 32768 } }] } } },"
                + " agents: { defaults: { model: { primary: 'ollama/qwen3:14b' } } } }";
        Path prod = write("prod/openclaw.json5", config);
        Path lab = write("lab/openclaw.json5", config);
        CheckRequest request = CheckRequest.of(List.of(prod, lab));
        request = request.withFileSettings(SettingsFile.forFiles(request.files(), null, RuleSettings.DEFAULTS, null));
        CheckResult result = new Clawlint().check(request);
        assertThat(result.files().get(0).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("small-model-tool-use");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("under 32B parameters").contains("minBillions is set to 32B");
        });
        assertThat(result.files().get(1).diagnostics()).as("lab/ tested its 14B model: 8B is enough there").isEmpty();
    }

    @Test
    void mistakesNameTheFileLineAndColumn() throws IOException {
        assertError("{ rules: { \"small-model-tool-use\": [\"warning\", { minBilions: 8 }] } }",
                ":1:50: unknown option \"minBilions\" of small-model-tool-use (its options: minBillions)");
        assertError("{ rules: { \"local-timeout\": [\"warning\", { x: 1 }] } }", ":1:41: local-timeout has no options: write its severity alone, \"warning\"");
        assertError("{ rules: { \"small-model-tool-use\": [\"warning\", { minBillions: \"8\" }] } }",
                ":1:63: option small-model-tool-use.minBillions is a number of at least 0");
        assertError("{ rules: { \"insecure-endpoint\": [\"warning\", { allowedHosts: \"gpu.lan\" }] } }",
                "allowedHosts is a list of host names");
        assertError("{ rules: { \"hardware-fit\": [\"warning\", { hosts: { box: -1 } }] } }", "hosts.box is a number of at least 0");
        assertError("{ rules: { \"small-model-tool-use\": [\"warning\", {}, {}] } }", "is a severity, or [severity, { options }]");
        assertError("{\n  taget: \"2026.7\",\n}", ".clawlint.json5:2:3: unknown key \"taget\" in a settings file");
        assertError("{\n  rules: { \"local-timout\": \"off\" },\n}", ":2:12: unknown rule id 'local-timout' (closest: local-timeout");
        assertError("{ rules: { \"local-timeout\": \"loud\" } }", ":1:29: the severity of local-timeout is error, warning, info or off, not \"loud\"");
        assertError("{ target: \"2025.1\" }", ":1:11: ");
        assertError("{ overrides: [ { rules: {} } ] }", ":1:16: an override needs \"files\"");
        assertError("{ rules: [] }", ":1:10: \"rules\" maps rule ids to a severity");
        assertError("{ rules: { ", ".clawlint.json5:1:");
        assertError("[]", ":1:1: the settings file must be an object");
        assertThatThrownBy(() -> SettingsFile.read(Path.of("/dev/zero"))).as("an endless device stops at the limit")
                .hasMessageStartingWith("/dev/zero: cannot read the settings file: it is larger than the 1048576-byte limit");
        assertThatThrownBy(() -> SettingsFile.read(dir)).hasMessageEndingWith("it is a directory, not a settings file");
    }

    private void assertError(String text, String expected) throws IOException {
        Path file = write(".clawlint.json5", text);
        assertThatThrownBy(() -> SettingsFile.read(file)).as(text).isInstanceOf(SettingsFile.SettingsException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(expected);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
