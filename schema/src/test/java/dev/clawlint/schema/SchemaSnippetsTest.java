package dev.clawlint.schema;

import static dev.clawlint.schema.SchemaSupport.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every defaultSnippets body is a value its own subschema accepts. */
class SchemaSnippetsTest {
    static Stream<Arguments> snippets() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            JsonNode snippets = e.getValue().get("defaultSnippets");
            if (snippets == null) {
                continue;
            }
            int i = 0;
            for (JsonNode s : snippets) {
                out.add(Arguments.of(e.getKey(), i++, s.path("label").asString(""), s));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} #{1} {2}")
    @MethodSource("snippets")
    void snippetBodyValidatesAgainstItsSubschema(String pointer, int index, String label, JsonNode snippet) {
        assertThat(label).as("label").isNotBlank();
        assertThat(snippet.path("description").asString("")).as("description").isNotBlank();
        assertThat(snippet.has("body")).as("snippets carry a JSON body (checked here and by the oracle)").isTrue();
        List<Error> errors = SchemaSupport.validate(pointer, snippet.get("body"));
        assertThat(errors).isEmpty();
        if (pointer.equals("/definitions/provider")) {
            // the same snippets are offered under custom provider ids, which also need baseUrl and models
            assertThat(SchemaSupport.validate("/definitions/customProvider", snippet.get("body"))).isEmpty();
        }
        // no deprecated guide key inside a snippet
        assertThat(snippet.get("body").toString()).doesNotContain("\"type\"", "\"host\"", "\"fallback\"", "\"brain\"");
    }

    @Test
    void thereIsAProviderSnippetForEveryBackendOfTheGuide() {
        List<String> labels = new ArrayList<>();
        SCHEMA.at("/definitions/provider/defaultSnippets").forEach(s -> labels.add(s.get("label").asString()));
        assertThat(labels).hasSize(7);
        for (String backend : List.of("LM Studio", "Ollama", "vLLM", "SGLang", "MLX", "LiteLLM", "Custom OpenAI-compatible")) {
            assertThat(labels).anySatisfy(l -> assertThat(l).contains(backend));
        }
        // the map-level snippets offer the same providers under their usual ids
        assertThat(SCHEMA.at("/properties/models/properties/providers/defaultSnippets")).hasSize(7);
        assertThat(SCHEMA.at("/definitions/agentModel/defaultSnippets").get(0).at("/body/fallbacks").size()).isGreaterThan(0);
    }

    @Test
    void theOllamaSnippetAvoidsTheGuidesPitfalls() {
        JsonNode ollama = null;
        for (JsonNode s : SCHEMA.at("/definitions/provider/defaultSnippets")) {
            if (s.get("label").asString().startsWith("Ollama")) {
                ollama = s.get("body");
            }
        }
        assertThat(ollama).isNotNull();
        assertThat(ollama.get("api").asString()).isEqualTo("ollama");
        assertThat(ollama.get("baseUrl").asString()).doesNotContain("/v1");
        JsonNode model = ollama.at("/models/0");
        assertThat(model.at("/params/num_ctx").asInt()).isEqualTo(model.get("contextWindow").asInt());
        assertThat(ollama.get("timeoutSeconds").asInt()).isBetween(120, 300);
    }

    @ParameterizedTest(name = "{0} #{1} {2}")
    @MethodSource("snippets")
    void openClawAcceptedTheSnippetAsRecorded(String pointer, int index, String label, JsonNode snippet) {
        Map<String, JsonNode> recorded = OpenClawVerdictTest.recorded(OpenClawVerdictTest.fixture("snippets-2026.9.6.jsonl"));
        JsonNode v = recorded.get("snippet:" + pointer + "#" + index);
        assertThat(v).as("recorded by tools/oracle/record.sh").isNotNull();
        assertThat(v.get("body")).as("recorded body is the current body (re-run tools/oracle/record.sh)").isEqualTo(snippet.get("body"));
        assertThat(v.get("valid").asBoolean()).as("OpenClaw 2026.9.6 accepts it: " + v.get("issues")).isTrue();
    }

    @Test
    void aBrokenSnippetWouldBeCaught() {
        JsonNode bad = SchemaSupport.MAPPER.readTree("{\"baseUrl\": \"http://x/v1\", \"api\": \"openai\", \"models\": {}}");
        assertThat(SchemaSupport.validate("/definitions/provider", bad)).hasSizeGreaterThanOrEqualTo(2);
    }
}
