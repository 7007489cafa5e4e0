package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets planted in every position a hostile or careless config puts them (issue #16): URL userinfo, also
 * through {@code $include}; the value of a line that does not parse (unquoted, unterminated); headers of the
 * wrong type or with a control character; provider-key shapes in fields that are not secret. No command and no
 * format prints any of them, to standard output, to standard error, or to {@code -o}.
 */
class PlantedSecretsEverywhereTest {
    @TempDir
    Path dir;

    private static final List<String> SECRETS = List.of("PlantedUrlPw4411", "PlantedIncPw5522",
            "sk-PlantedUnquoted0123456789", "PlantedBare0123456789", "PlantedUnterminated0123456789",
            "PlantedSingle0123456789", "PlantedHdrString0123456789", "PlantedHdrArray0123456789",
            "PlantedCtl0123", "sk-PlantedInApi0123456789abcdef", "sk-PlantedRef0123456789abcdef");

    private List<Path> configs() throws Exception {
        Files.writeString(dir.resolve("remote.json5"), "{ baseUrl: \"http://admin:PlantedIncPw5522@gpu-box:11434\","
                + " api: \"ollama\", models: [{ id: \"qwen3:8b\", name: \"q\" }] }\n");
        String[] texts = {
            // valid files
            "{\n  models: { providers: {\n    ollama: { baseUrl: \"http://user:PlantedUrlPw4411@host:11434\", api: \"ollama\","
                    + " models: [{ id: \"qwen3:8b\", name: \"q\" }] },\n    remote: { $include: \"./remote.json5\" },\n"
                    + "    x: { baseUrl: \"http://localhost:8000/v1\", api: \"sk-PlantedInApi0123456789abcdef\", models: [] },\n"
                    + "    h: { baseUrl: \"http://localhost:8001/v1\", api: \"openai-completions\", models: [],\n"
                    + "      headers: \"Authorization: Bearer PlantedHdrString0123456789\" },\n"
                    + "    a: { baseUrl: \"http://localhost:8002/v1\", api: \"openai-completions\", models: [],\n"
                    + "      headers: [\"Authorization: Bearer PlantedHdrArray0123456789\"] },\n"
                    + "    c: { baseUrl: \"http://localhost:8003/v1\", api: \"openai-completions\", models: [],\n"
                    + "      headers: { Authorization: \"Bearer PlantedCtl0123\\u0001456789\" } },\n  } },\n"
                    + "  agents: { defaults: { model: { primary: \"sk-PlantedRef0123456789abcdef\","
                    + " fallbacks: [\"ollama/qwen3:8b\"] } } },\n}\n",
            // lines that do not parse
            "{ models: { providers: { x: {\n  apiKey: sk-PlantedUnquoted0123456789,\n } } } }\n",
            "{ models: { providers: { x: {\n  apiKey: PlantedBare0123456789,\n } } } }\n",
            "{ models: { providers: { x: {\n  apiKey: \"PlantedUnterminated0123456789\n } } } }\n",
            "{ models: { providers: { x: {\n  token: 'PlantedSingle0123456789\n } } } }\n",
        };
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path f = dir.resolve("openclaw-" + i + ".json5");
            Files.writeString(f, texts[i]);
            files.add(f);
        }
        return files;
    }

    private void assertHidden(String what, String output) {
        for (String secret : SECRETS) {
            assertThat(output).as(what + " must not show " + secret).doesNotContain(secret);
        }
    }

    @Test
    void noCommandAndNoFormatPrintsAPlantedSecret() throws Exception {
        List<Path> files = configs();
        List<List<String>> commands = new ArrayList<>();
        for (String format : new String[] {"text", "json", "sarif", "github"}) {
            commands.add(List.of("check", "--format", format));
            commands.add(List.of("check", "--no-source", "--format", format));
        }
        commands.add(List.of("fix", "--dry-run"));
        for (String format : new String[] {"text", "json", "config"}) {
            commands.add(List.of("resolve", "--format", format));
            commands.add(List.of("resolve", "--show-origin", "--format", format));
        }
        int runs = 0;
        for (Path file : files) {
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(command);
                args.add(file.toString());
                CliRun run = CliRun.of(args.toArray(String[]::new));
                String what = String.join(" ", args);
                assertThat(run.exitCode()).as(what).isIn(0, 1, 2); // fix refuses a file that does not parse
                assertHidden(what, run.out() + run.err());
                runs++;
                if (command.get(0).equals("check")) {
                    Path report = dir.resolve("report.out");
                    List<String> toFile = new ArrayList<>(command);
                    toFile.addAll(List.of("-o", report.toString(), file.toString()));
                    CliRun written = CliRun.of(toFile.toArray(String[]::new));
                    assertHidden(what + " -o", Files.readString(report) + written.err());
                }
            }
        }
        assertThat(runs).isEqualTo(files.size() * commands.size());
    }
}
