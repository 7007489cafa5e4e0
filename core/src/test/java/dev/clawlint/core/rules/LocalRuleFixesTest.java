package dev.clawlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.edit.TextEdits;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixes the local-model rules attach: applied to the fixture text, they produce the corrected
 * config, and the rule no longer fires on the result.
 */
class LocalRuleFixesTest {
    @TempDir
    Path temp;

    /** Applies every fix of {@code ruleId} to the file and returns the fixed text, checking the rule is then silent. */
    private String fix(String text, String ruleId) throws Exception {
        Path file = temp.resolve("openclaw.json5");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<TextEdit> edits = new ArrayList<>();
        int fixes = 0;
        for (Diagnostic d : check(file)) {
            Fix f = d.fix();
            if (d.ruleId().equals(ruleId) && f != null) {
                edits.addAll(f.edits());
                fixes++;
            }
        }
        assertThat(fixes).as("fixes of %s", ruleId).isPositive();
        String fixed = TextEdits.apply(text, edits);
        Files.writeString(file, fixed, StandardCharsets.UTF_8);
        assertThat(check(file)).as("findings after fixing").noneMatch(d -> d.ruleId().equals(ruleId));
        return fixed;
    }

    private static List<Diagnostic> check(Path file) throws Exception {
        return new Clawlint().check(CheckRequest.of(List.of(file))).diagnostics();
    }

    private static String fixture(String path) throws Exception {
        return Files.readString(Fixtures.fixtures().resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void ollamaThroughV1BecomesTheNativeApi() throws Exception {
        String fixed = fix(fixture("ollama-openai-endpoint/bad-v1-openai-completions.json5"), "ollama-openai-endpoint");
        assertThat(fixed).contains("baseUrl: \"http://127.0.0.1:11434\", // expect:").contains("api: \"ollama\",")
                .doesNotContain("openai-completions");
    }

    @Test
    void fixesKeepTheLiteralsQuoteCharacter() throws Exception {
        String text = """
                {
                  models: {
                    providers: {
                      ollama: {
                        baseUrl: 'http://127.0.0.1:11434/v1',
                        api: 'openai-responses',
                        apiKey: 'ollama-local',
                        timeoutSeconds: 300,
                        models: [{ id: 'qwen3:32b', name: 'Qwen3 32B', contextWindow: 32768, params: { num_ctx: 32768 } }],
                      },
                    },
                  },
                }
                """;
        assertThat(fix(text, "ollama-openai-endpoint"))
                .contains("baseUrl: 'http://127.0.0.1:11434',").contains("api: 'ollama',");
    }

    @Test
    void missingApiIsInsertedInTheProvidersStyle() throws Exception {
        String fixed = fix(fixture("missing-api/bad-ollama-default-api.json5"), "missing-api");
        assertThat(fixed).contains("        models: [{ id: \"qwen3:32b\"").containsPattern("\n        api: \"ollama\",\n");
    }

    @Test
    void numCtxFollowsTheContextWindow() throws Exception {
        assertThat(fix(fixture("context-window-mismatch/bad-num-ctx-differs.json5"), "context-window-mismatch"))
                .contains("params: { num_ctx: 65536 }");
        assertThat(fix(fixture("context-window-mismatch/bad-window-not-sent.json5"), "context-window-mismatch"))
                .containsPattern("num_ctx: 32768");
    }

    @Test
    void replaceModeBecomesMerge() throws Exception {
        assertThat(fix(fixture("replace-mode-drops-providers/bad-cloud-fallback.json5"), "replace-mode-drops-providers"))
                .contains("mode: \"merge\",");
    }

    @Test
    void openAiPathGetsV1() throws Exception {
        assertThat(fix(fixture("openai-path-missing-v1/bad-vllm-without-v1.json5"), "openai-path-missing-v1"))
                .contains("baseUrl: \"http://127.0.0.1:8000/v1\",");
    }

    @Test
    void envVarNamesBecomeReferences() throws Exception {
        String text = fixture("literal-env-reference/bad-literal-references.json5");
        Path file = temp.resolve("openclaw.json5");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<TextEdit> edits = new ArrayList<>();
        for (Diagnostic d : check(file)) {
            Fix f = d.fix();
            if (d.ruleId().equals("literal-env-reference") && f != null) {
                edits.addAll(f.edits());
            }
        }
        String fixed = TextEdits.apply(text, edits);
        assertThat(fixed).contains("apiKey: \"${OPENROUTER_API_KEY}\",").contains("apiKey: \"${GROQ_API_KEY}\",")
                // no safe rewrite for these: the variable itself has to change
                .contains("\"${lab_url}\"").contains("\"${LAB_KEY:-none}\"");
    }
}
