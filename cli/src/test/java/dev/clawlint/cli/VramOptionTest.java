package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VramOptionTest {
    @TempDir
    Path dir;

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("openclaw.json5"), """
                {
                  models: {
                    providers: {
                      ollama: {
                        baseUrl: "http://127.0.0.1:11434",
                        api: "ollama",
                        apiKey: "ollama-local",
                        timeoutSeconds: 300,
                        models: [{ id: "llama3.3:70b", name: "Llama 70B", contextWindow: 32768, params: { num_ctx: 32768 } }],
                      },
                    },
                  },
                  agents: { defaults: { model: { primary: "ollama/llama3.3:70b" } } },
                }
                """);
    }

    @Test
    void hardwareFitRunsOnlyWithAProfile() throws IOException {
        Path file = config();
        assertThat(CliRun.of("check", "--no-source", file.toString()).out()).doesNotContain("hardware-fit");
        CliRun run = CliRun.of("check", "--no-source", "--vram-gb", "24", file.toString());
        assertThat(run.out()).contains("[hardware-fit]").contains("more than the 24.0 GB available");
        assertThat(CliRun.of("check", "--no-source", "--vram-gb", "80", file.toString()).out()).doesNotContain("hardware-fit");
    }

    @Test
    void aNonsenseFigureIsAUsageError() throws IOException {
        CliRun run = CliRun.of("check", "--vram-gb", "lots", config().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a number of gigabytes");
    }
}
