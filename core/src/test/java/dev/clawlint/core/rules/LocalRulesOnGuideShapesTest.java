package dev.clawlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The local-model rules read the effective config, so a config in the guide's shapes (top-level
 * {@code brain} and {@code heartbeat}, models as an object map) gets the same findings, reported at
 * the guide's own keys. Only the local-model rules are compared: the guide-shape and schema rules
 * have their own fixtures.
 */
class LocalRulesOnGuideShapesTest {
    private static final String GUIDE_SHAPED = """
            {
              brain: {
                provider: "local",
                model: "qwen3:8b",
                local: { endpoint: "http://127.0.0.1:11434/v1", model: "qwen3:8b", type: "openai" },
              },
              heartbeat: { model: "lab/llama3.3:70b" },
              models: {
                providers: {
                  lab: {
                    baseUrl: "http://192.168.1.9:11434",
                    api: "ollama",
                    apiKey: "ollama-local",
                    timeoutSeconds: 300,
                    models: {
                      "llama3.3:70b": { name: "Llama 70B", contextWindow: 32768, params: { numCtx: 32768, keep_alive: "-1" } },
                    },
                  },
                },
              },
            }
            """;

    @Test
    void findingsLandOnTheGuidesKeys() {
        List<String> found = RuleTester.ofCategory(Category.LOCAL_MODELS).diagnostics(GUIDE_SHAPED).stream()
                .map(LocalRulesOnGuideShapesTest::where)
                .toList();
        assertThat(found).containsExactlyInAnyOrder(
                "4:12 small-model-tool-use",          // brain.model
                "5:5 implicit-context-window",        // brain.local (the model it declares)
                "5:5 local-api-key",                  // brain.local (the provider it declares)
                "5:24 ollama-openai-endpoint",        // brain.local.endpoint
                "7:23 heartbeat-model-size",          // heartbeat.model
                "16:63 context-window-mismatch",      // object-map model's contextWindow
                "16:80 ollama-param-name");           // params.numCtx
    }

    private static String where(Diagnostic d) {
        return d.range().start().line() + ":" + d.range().start().column() + " " + d.ruleId();
    }
}
