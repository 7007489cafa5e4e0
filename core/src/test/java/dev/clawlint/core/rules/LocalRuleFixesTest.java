package dev.clawlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.testing.RuleTester;
import dev.clawlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The fixes the local-model rules attach: applied to the fixture text, they produce the corrected
 * config, and the rule no longer fires on the result.
 */
class LocalRuleFixesTest {
    private static String fixture(String path) throws Exception {
        return Files.readString(Fixtures.fixtures().resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void ollamaThroughV1BecomesTheNativeApi() throws Exception {
        String fixed = RuleTester.of("ollama-openai-endpoint").applyFixes(fixture("ollama-openai-endpoint/bad-v1-openai-completions.json5"));
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
        assertThat(RuleTester.of("ollama-openai-endpoint").applyFixes(text))
                .contains("baseUrl: 'http://127.0.0.1:11434',").contains("api: 'ollama',");
    }

    @Test
    void missingApiIsInsertedInTheProvidersStyle() throws Exception {
        String fixed = RuleTester.of("missing-api").applyFixes(fixture("missing-api/bad-ollama-default-api.json5"));
        assertThat(fixed).contains("        models: [{ id: \"qwen3:32b\"").containsPattern("\n        api: \"ollama\",\n");
    }

    @Test
    void numCtxFollowsTheContextWindow() throws Exception {
        assertThat(RuleTester.of("context-window-mismatch").applyFixes(fixture("context-window-mismatch/bad-num-ctx-differs.json5")))
                .contains("params: { num_ctx: 65536 }");
        assertThat(RuleTester.of("context-window-mismatch").applyFixes(fixture("context-window-mismatch/bad-window-not-sent.json5")))
                .containsPattern("num_ctx: 32768");
    }

    @Test
    void replaceModeBecomesMerge() throws Exception {
        assertThat(RuleTester.of("replace-mode-drops-providers").applyFixes(fixture("replace-mode-drops-providers/bad-cloud-fallback.json5")))
                .contains("mode: \"merge\",");
    }

    @Test
    void openAiPathGetsV1() throws Exception {
        assertThat(RuleTester.of("openai-path-missing-v1").applyFixes(fixture("openai-path-missing-v1/bad-vllm-without-v1.json5")))
                .contains("baseUrl: \"http://127.0.0.1:8000/v1\",");
    }

    @Test
    void endpointPathIsStrippedOnce() throws Exception {
        String fixed = RuleTester.of("endpoint-path-suffix").applyFixes(fixture("endpoint-path-suffix/bad-full-endpoint-urls.json5"));
        assertThat(fixed).contains("baseUrl: \"http://localhost:1234/v1\", // expect:")
                .contains("baseUrl: \"https://llm.example.com/v1\", // expect:")
                .contains("baseUrl: \"https://proxy.example.com\", // expect:");
        RuleTester.of("endpoint-path-suffix").fixesTo(fixed, fixed);
    }

    @Test
    void endpointPathThenV1() {
        String input = """
                {
                  models: {
                    providers: {
                      vllm: {
                        baseUrl: "http://127.0.0.1:8000/chat/completions/",
                        api: "openai-completions",
                        apiKey: "vllm-local",
                        models: [{ id: "Qwen/Qwen3-32B", name: "Qwen3 32B", contextWindow: 32768 }],
                      },
                    },
                  },
                }
                """;
        // openai-path-missing-v1 waits for the endpoint path to go, then appends /v1 to the bare base
        assertThat(RuleTester.of("openai-path-missing-v1").diagnostics(input)).isEmpty();
        RuleTester.of("endpoint-path-suffix", "openai-path-missing-v1").fixesTo(input,
                input.replace("http://127.0.0.1:8000/chat/completions/", "http://127.0.0.1:8000/v1"));
    }

    @Test
    void agentModelGetsTheDefaultsFallbacks() throws Exception {
        String text = fixture("agent-model-drops-fallbacks/bad-string-and-primary-only.json5");
        String fixed = RuleTester.of("agent-model-drops-fallbacks").fix(text);
        assertThat(fixed.replaceAll("\\s+", " "))
                .contains("main: { model: { primary: \"ollama/qwen3:32b\", fallbacks: [ \"ollama/qwen3:14b\", \"anthropic/claude-sonnet-4-5\", ], } },")
                // the defaults' qwen3:14b is coder's own primary: not copied as its fallback
                .contains("primary: \"ollama/qwen3:14b\", // expect: agent-model-drops-fallbacks \"fallbacks: [\\\"anthropic/claude-sonnet-4-5\\\"]\" "
                        + "fallbacks: [ \"anthropic/claude-sonnet-4-5\", ],");
        RuleTester.of("agent-model-drops-fallbacks").fixesTo(fixed, fixed);
        assertThat(RuleTester.of("agent-model-drops-fallbacks").diagnostics(fixed)).isEmpty();
    }

    @Test
    void envVarNamesBecomeReferences() throws Exception {
        String text = fixture("literal-env-reference/bad-literal-references.json5");
        String fixed = RuleTester.appliedAll(text, RuleTester.of("literal-env-reference").diagnostics(text));
        assertThat(fixed).contains("apiKey: \"${OPENROUTER_API_KEY}\",").contains("apiKey: \"${GROQ_API_KEY}\",")
                // no safe rewrite for these: the variable itself has to change
                .contains("\"${lab_url}\"").contains("\"${LAB_KEY:-none}\"");
    }

    @Test
    void responsesApiOnALocalServerBecomesChatCompletions() throws Exception {
        String fixed = RuleTester.of("responses-api-local-backend").applyFixes(fixture("responses-api-local-backend/bad-servers-by-id-and-port.json5"));
        assertThat(fixed).doesNotContain("\"openai-responses\"").contains("api: \"openai-completions\", // expect:")
                .contains("contextWindow: 32768, api: \"openai-completions\" }");
        RuleTester.of("responses-api-local-backend").fixesTo(fixed, fixed);
    }

    @Test
    void developerRoleIsSwitchedOffPerModel() throws Exception {
        String fixed = RuleTester.of("developer-role-unsupported").applyFixes(fixture("developer-role-unsupported/bad-proxy-responses.json5"));
        assertThat(fixed).contains("contextWindow: 131072, compat: { supportsDeveloperRole: false } }, // expect:")
                .contains("compat: { supportsStrictMode: false, supportsDeveloperRole: false } }");
        RuleTester.of("developer-role-unsupported").fixesTo(fixed, fixed);
        assertThat(RuleTester.of("developer-role-unsupported").applyFixes(fixture("developer-role-unsupported/bad-flag-forced-true.json5")))
                .contains("compat: { supportsDeveloperRole: false },");
    }
}
