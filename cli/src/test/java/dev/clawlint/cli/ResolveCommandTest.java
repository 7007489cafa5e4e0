package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clawlint resolve}: output formats, options and exit codes. */
class ResolveCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClawlintCommand.forArgs(args, System.in, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String guide(String name) {
        return Fixtures.moduleRoot().resolve("golden/resolve/inputs/guide").resolve(name).toString();
    }

    @Test
    void showOriginTellsWhereEveryRoutingValueCameFrom() {
        Run r = run("resolve", "--show-origin", guide("02-brain-local-ollama.json"));
        assertThat(r.out()).containsPattern("primary: ollama/qwen3:32b \\(written \"qwen3:32b\"\\) \\[configured\\] +migrated from brain\\.local\\.model");
        assertThat(r.out()).containsPattern("baseUrl +\"http://localhost:11434\" +migrated from brain\\.local\\.endpoint");
        assertThat(r.out()).containsPattern("contextWindow 128000 \\(contextWindow is not set\\) +default \\(OpenClaw 2026\\.9\\): 128000: ");
    }

    @Test
    void withoutShowOriginOnlyValuesArePrinted() {
        Run r = run("resolve", guide("01-lmstudio-provider.json"));
        assertThat(r.out()).contains("models.providers.lmstudio.models[0].contextWindow = 32768\n");
        assertThat(r.out()).doesNotContain("default (OpenClaw");
        assertThat(r.out()).contains("models.providers.lmstudio.apiKey = <redacted>\n").doesNotContain("lm-studio-local");
    }

    @Test
    void jsonAndConfigFormats() {
        assertThat(run("resolve", "--format", "json", "--show-origin", guide("07-vllm-provider.json")).out())
                .contains("\"origins\"").contains("\"routing\"");
        Run config = run("resolve", "--format", "config", guide("05-multiple-ollama-hosts.json"));
        assertThat(config.out()).contains("\"baseUrl\" : \"http://gpu-server-1:11434\"").contains("\"api\" : \"ollama\"")
                .doesNotContain("\"host\"").doesNotContain("\"type\"");
    }

    @Test
    void includesAndEnvironmentVariablesShowInOrigins() throws IOException {
        Files.writeString(dir.resolve("providers.json5"), """
                {
                  ollama: { baseUrl: "${OLLAMA_HOST}", apiKey: "${OLLAMA_API_KEY}", api: "ollama",
                            models: [{ id: "qwen3:32b", name: "Qwen3 32B", contextWindow: 32768 }] },
                }
                """);
        Path main = dir.resolve("openclaw.json");
        Files.writeString(main, """
                {
                  models: { providers: { $include: "./providers.json5" } },
                  agents: { defaults: { model: "ollama/qwen3:32b" } },
                }
                """);
        Run r = run("resolve", "--show-origin", "--env", "OLLAMA_HOST=http://gpu:11434",
                "--env", "OLLAMA_API_KEY=ollama-secret-987654", main.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(r.out()).containsPattern("models\\.providers\\.ollama\\.baseUrl = \"http://gpu:11434\" +env:OLLAMA_HOST \\(.*providers\\.json5:2:")
                .containsPattern("contextWindow = 32768 +.*providers\\.json5:3:")
                .containsPattern("apiKey = <redacted> +env:OLLAMA_API_KEY")
                .doesNotContain("ollama-secret-987654");
    }

    @Test
    void aBrokenIncludeIsReportedAndTheRestIsStillResolved() throws IOException {
        Path main = dir.resolve("openclaw.json");
        Files.writeString(main, "{ models: { providers: { $include: './missing.json5' } },\n"
                + "  agents: { defaults: { model: 'ollama/qwen3:32b' } } }\n");
        Run r = run("resolve", main.toString());
        assertThat(r.exit()).as("OpenClaw rejects a config whose $include it cannot read").isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("[include-error]");
        assertThat(r.out()).contains("agents.defaults.model.primary = \"ollama/qwen3:32b\"");
    }

    @Test
    void theVerdictComesFirstAndARejectedFileExitsOne() {
        Run rejected = run("resolve", guide("13-hybrid-mode.json"));
        assertThat(rejected.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(rejected.out().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .startsWith("# OpenClaw 2026.9 rejects ").contains(": 3 errors that its validator refuses (run `clawlint check "));
        Run accepted = run("resolve", example("hybrid-cloud-local.json5"));
        assertThat(accepted.exit()).as(accepted.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(accepted.out()).startsWith("# OpenClaw 2026.9 accepts ");
        assertThat(accepted.out().indexOf("# who answers")).isLessThan(accepted.out().indexOf("# effective config"));
    }

    @Test
    void severalFilesArePrintedInTurn() {
        Run text = run("resolve", example("hybrid-cloud-local.json5"), example("lmstudio-vllm.json"));
        assertThat(text.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(text.out()).contains("accepts " + example("hybrid-cloud-local.json5")).contains("accepts " + example("lmstudio-vllm.json"));
        Run json = run("resolve", "--format", "json", example("hybrid-cloud-local.json5"), example("lmstudio-vllm.json"));
        assertThat(json.out()).startsWith("[").contains("\"file\" : \"" + example("lmstudio-vllm.json") + "\"");
        assertThat(run("resolve", "--format", "config", example("hybrid-cloud-local.json5"), example("lmstudio-vllm.json")).exit())
                .isEqualTo(ExitCodes.ERROR);
    }

    private static String example(String name) {
        return Fixtures.repositoryRoot().resolve("examples/clean").resolve(name).toString();
    }

    @Test
    void anOlderTargetMaterializesTheWindow() {
        assertThat(run("resolve", "--target", "2026.7", guide("02-brain-local-ollama.json")).out())
                .contains("models.providers.ollama.models[0].contextWindow = 200000");
    }

    @Test
    void anUnparsableFileExitsTwoWithTheParseFinding() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"models\": { ... }\n}\n");
        Run r = run("resolve", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("bad.json:2:15: error: Not valid JSON5").contains("[parse-error]");
    }

    @Test
    void aMissingFileOrBadOptionExitsTwo() {
        Run missing = run("resolve", dir.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("no such file");
        assertThat(run("resolve", "--format", "yaml", guide("01-lmstudio-provider.json")).exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(run("resolve", "--target", "2025.1", guide("01-lmstudio-provider.json")).exit()).isEqualTo(ExitCodes.ERROR);
    }
}
