package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials written in a config never reach any output of any command: not in messages, not in
 * the source excerpts under findings, not in diffs, reports or the effective config.
 */
class SecretsNeverPrintedTest {
    private static final String API_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD";
    private static final String HEADER = "Bearer hunter2-very-private-token";
    private static final String STRAY = "sk-ant-api03-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";

    @TempDir
    Path dir;

    @Test
    void noCommandPrintsAPlantedSecret() throws Exception {
        Path config = Files.writeString(dir.resolve("openclaw.json"), """
                {
                  "models": {
                    "providers": {
                      "openai": {
                        "apiKey": "%s",
                        "headers": { "Authorization": "%s" },
                        "baseUrl": "http://93.184.216.34:8080/v1",
                        "models": { "gpt": { "name": "gpt" } }
                      }
                    }
                  },
                  "frobnicate": "%s"
                }
                """.formatted(API_KEY, HEADER, STRAY));
        String file = config.toString();
        List<CliRun> runs = List.of(
                CliRun.of("check", file),
                CliRun.of("check", "--format", "json", file),
                CliRun.of("check", "--format", "sarif", file),
                CliRun.of("check", "--format", "github", file),
                CliRun.of("fix", "--dry-run", file),
                CliRun.of("resolve", "--show-origin", file),
                CliRun.of("resolve", "--format", "json", "--show-origin", file),
                CliRun.of("resolve", "--format", "config", file));
        for (CliRun run : runs) {
            String all = run.out() + run.err();
            assertThat(all).isNotBlank().doesNotContain(API_KEY).doesNotContain("hunter2").doesNotContain(STRAY)
                    .doesNotContain("abcdefghijklmnop").doesNotContain("zzzzzzzzzzzz");
        }
    }

    @Test
    void aMaskedSourceLineKeepsItsCaretsUnderTheValue() throws Exception {
        Path config = Files.writeString(dir.resolve("openclaw.json"), "{\n  \"frobnicate\": \"" + STRAY + "\"\n}\n");
        CliRun run = CliRun.of("check", config.toString());
        List<String> lines = run.out().lines().toList();
        int excerpt = lines.indexOf("    2 |   \"frobnicate\": \"" + "*".repeat(STRAY.length()) + "\"");
        assertThat(excerpt).as(run.out()).isPositive();
        assertThat(lines.get(excerpt + 1)).isEqualTo("      |   ^^^^^^^^^^^^");
    }
}
