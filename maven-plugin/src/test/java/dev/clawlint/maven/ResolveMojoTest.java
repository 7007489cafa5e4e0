package dev.clawlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolve goal as a plain object: the effective config with origins, written under target/clawlint. */
class ResolveMojoTest {
    static final String OLLAMA = """
            {
              models: {
                providers: {
                  ollama: {
                    baseUrl: "http://127.0.0.1:11434",
                    api: "ollama",
                    apiKey: "sk-live-0123456789abcdef0123456789abcdef",
                    models: [{ id: "qwen3:32b", name: "Qwen3 32B", contextWindow: 32768, params: { num_ctx: 32768 } }],
                  },
                },
              },
              agents: { defaults: { model: { primary: "ollama/qwen3:32b" } } },
            }
            """;

    @TempDir
    Path base;

    final ResolveMojo mojo = new ResolveMojo();
    final RecordingLog log = new RecordingLog();
    Path config;

    @BeforeEach
    void project() throws Exception {
        mojo.baseDirectory = base.toFile();
        mojo.buildDirectory = base.resolve("target").toFile();
        mojo.outputDirectory = base.resolve("target/clawlint").toFile();
        mojo.setLog(log);
        config = base.resolve("deploy/openclaw.json5");
        Files.createDirectories(config.getParent());
        Files.writeString(config, OLLAMA);
    }

    @Test
    void writesTheEffectiveConfigWithOriginsAsTextAndJson() throws Exception {
        mojo.execute();
        Path text = base.resolve("target/clawlint/deploy/openclaw.json5.effective.txt");
        Path json = base.resolve("target/clawlint/deploy/openclaw.json5.effective.json");
        assertThat(text).content().contains("models.providers.ollama.baseUrl = \"http://127.0.0.1:11434\"")
                .contains("deploy/openclaw.json5:5:")
                .contains("default (OpenClaw 2026.9)")
                .contains("primary: ollama/qwen3:32b");
        assertThat(json).content().contains("\"baseUrl\"");
        assertThat(log.at("INFO")).containsExactly("clawlint: OpenClaw 2026.9 accepts deploy/openclaw.json5",
                "clawlint: effective config of deploy/openclaw.json5: " + text);
    }

    @Test
    void theApiKeyIsNeverWritten() throws Exception {
        mojo.execute();
        for (String name : new String[] {"openclaw.json5.effective.txt", "openclaw.json5.effective.json"}) {
            assertThat(base.resolve("target/clawlint/deploy").resolve(name)).content()
                    .doesNotContain("sk-live-0123456789abcdef").contains("redacted");
        }
    }

    @Test
    void anUnparsableConfigStopsTheGoalWithItsFinding() throws Exception {
        Files.writeString(config, "{ models: ");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("deploy/openclaw.json5 cannot be read as a config");
        assertThat(log.at("WARN")).singleElement().asString().contains("[parse-error]");
    }
}
