package dev.clawlint.core.rules.structure;

import static dev.clawlint.core.testing.RuleTester.applied;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structural rules: one finding per problem, at the right place, with OpenClaw's words and safe fixes. */
class StructureRulesTest {
    private static final RuleTester STRUCTURAL = RuleTester.of("unknown-key", "invalid-type", "invalid-value", "missing-required");

    @Test
    void aModelThatIsNeitherStringNorObjectIsOneFindingNamingBothShapes() throws Exception {
        List<Diagnostic> found = STRUCTURAL.diagnostics("{agents: {defaults: {model: 5}}}");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("invalid-type");
            assertThat(d.pointer()).isEqualTo("/agents/defaults/model");
            assertThat(d.message()).contains("must be a string or object, not a number")
                    .contains("Invalid input: expected string | object, received number").doesNotContain("a object");
        });
    }

    @Test
    void anUnknownKeyIsRenamedOnlyWhenTheMeantKeyIsCertain() {
        RuleTester unknown = RuleTester.of("unknown-key");
        String model = "{ models: { providers: { v: { baseUrl: 'http://h:8000/v1', api: 'openai-completions', models: [{ id: 'm', name: 'm', %s }] } } } }";
        // a guide's alias and a different spelling of the same name are renamed
        assertThat(unknown.fix(model.formatted("inputTypes: ['text']"))).isEqualTo(model.formatted("input: ['text']"));
        assertThat(unknown.fix(model.formatted("context_window: 32768"))).isEqualTo(model.formatted("contextWindow: 32768"));
        // a spelling guess is only suggested, and a key already present is never overwritten
        String guess = model.formatted("contxtWindow: 32768");
        assertThat(unknown.fix(guess)).isEqualTo(guess);
        assertThat(unknown.diagnostics(guess)).singleElement().satisfies(d -> assertThat(d.fix()).isNull());
        String taken = model.formatted("input: ['text'], inputTypes: ['image']");
        assertThat(unknown.fix(taken)).isEqualTo(taken);
    }

    @Test
    void anObjectModelIsJudgedByTheObjectShapeOnly() throws Exception {
        List<Diagnostic> found = STRUCTURAL.diagnostics("{agents: {defaults: {model: {primary: 3, fallbackz: []}}}}");
        assertThat(found).extracting(Diagnostic::ruleId, Diagnostic::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("invalid-type", "/agents/defaults/model/primary"),
                org.assertj.core.groups.Tuple.tuple("unknown-key", "/agents/defaults/model/fallbackz"));
        assertThat(found).filteredOn(d -> d.ruleId().equals("unknown-key")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Did you mean \"fallbacks\"?"));
    }

    @Test
    void aSecretRefWithAnUnknownSourceIsOneFindingListingEverySource() throws Exception {
        List<Diagnostic> found = STRUCTURAL.diagnostics("{models: {providers: {ollama: {apiKey: {source: \"envv\", id: \"X\"}}}}}");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("invalid-value");
            assertThat(d.pointer()).isEqualTo("/models/providers/ollama/apiKey/source");
            assertThat(d.message()).contains("\"env\"").contains("\"file\"").contains("\"exec\"").contains("The nearest is \"env\"");
        });
    }

    @Test
    void aRetiredApiIdIsReplacedByTheFix() throws Exception {
        String text = "{models: {providers: {x: {baseUrl: 'http://h:1/v1', api: 'openai-codex-responses', models: []}}}}";
        Diagnostic d = STRUCTURAL.diagnostics(text).get(0);
        assertThat(d.ruleId()).isEqualTo("invalid-value");
        String fixed = applied(text, d);
        assertThat(fixed).contains("api: 'openai-chatgpt-responses'");
        assertThat(STRUCTURAL.diagnostics(fixed)).isEmpty();
    }

    @Test
    void aValueOffOnlyByCaseIsFixedToo() throws Exception {
        String text = "{models: {mode: \"Merge\"}}";
        Diagnostic d = STRUCTURAL.diagnostics(text).get(0);
        assertThat(applied(text, d)).isEqualTo("{models: {mode: \"merge\"}}");
    }

    @Test
    void aValueWithNoCloseMatchHasNoFix() throws Exception {
        Diagnostic d = STRUCTURAL.diagnostics("{models: {mode: \"append\"}}").get(0);
        assertThat(d.fix()).isNull();
        assertThat(d.message()).contains("expected one of \"merge\"|\"replace\"");
    }

    @Test
    void aModelWithoutNameGetsItsIdAsName() throws Exception {
        String text = "{models: {providers: {x: {baseUrl: \"http://h:1/v1\", models: [{id: \"qwen3:8b\"}]}}}}";
        Diagnostic d = STRUCTURAL.diagnostics(text).get(0);
        assertThat(d.ruleId()).isEqualTo("missing-required");
        assertThat(d.pointer()).isEqualTo("/models/providers/x/models/0/name");
        String fixed = applied(text, d);
        assertThat(fixed).contains("name: \"qwen3:8b\"");
        assertThat(STRUCTURAL.diagnostics(fixed)).isEmpty();
    }

    @Test
    void aCustomProviderWithoutBaseUrlAndModelsQuotesOpenClawForEach() throws Exception {
        List<Diagnostic> found = STRUCTURAL.diagnostics("{models: {providers: {\"gpu-box\": {api: \"openai-completions\"}}}}");
        assertThat(found).extracting(Diagnostic::pointer)
                .containsExactlyInAnyOrder("/models/providers/gpu-box/baseUrl", "/models/providers/gpu-box/models");
        assertThat(found).allSatisfy(d -> assertThat(d.message()).contains("custom model providers must declare"));
    }

    @Test
    void aBuiltInProviderMayBeAnOverlay() throws Exception {
        assertThat(STRUCTURAL.diagnostics("{models: {providers: {ollama: {timeoutSeconds: 600}, OLLAMA: {}}}}")).isEmpty();
    }

    @Test
    void severalAgentsNeedOwnershipAndTheFixWritesIt() throws Exception {
        String text = "{agents: {entries: {a: {}, b: {}}}}";
        List<Diagnostic> found = STRUCTURAL.diagnostics(text);
        assertThat(found).singleElement().satisfies(d -> assertThat(d.pointer()).isEqualTo("/agents/ownership"));
        assertThat(applied(text, found.get(0))).contains("ownership: \"explicit\"");
    }

    @Test
    void anInvalidAgentIdIsReportedOnTheKey() throws Exception {
        List<Diagnostic> found = STRUCTURAL.diagnostics("{agents: {entries: {\"-bad\": {}}}}");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("invalid-value");
            assertThat(d.message()).contains("Invalid key in record");
            assertThat(d.range().start().column()).isEqualTo(21);
        });
    }

    @Test
    void theGuideShapesAreLeftToTheirOwnRules() throws Exception {
        String guide = "{brain: {}, heartbeat: {}, models: {providers: {\"ollama-fast\": {type: \"ollama\","
                + " host: \"http://h:11434\", models: {\"m\": {}}}}}, agents: {list: [{id: \"a\"}, {id: \"b\"}]}}";
        assertThat(STRUCTURAL.diagnostics(guide)).isEmpty();
    }

    @Test
    void aRemovedKeyIsAcceptedByTheReleasesThatAcceptedIt() throws Exception {
        String text = "{models: {pricing: {}}}";
        assertThat(STRUCTURAL.target(TargetVersion.parse("2026.7")).diagnostics(text)).isEmpty();
        assertThat(STRUCTURAL.target(TargetVersion.parse("2026.9")).diagnostics(text)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("retired in OpenClaw 2026.8").contains("rejected since 2026.8"));
    }

    @Test
    void aKeyNewerThanTheTargetIsAnErrorForThatTargetPerItsOwnSchema() throws Exception {
        String text = "{agents: {ownership: \"explicit\", entries: {a: {}, b: {}}}}";
        assertThat(STRUCTURAL.target(TargetVersion.parse("2026.9")).diagnostics(text)).isEmpty();
        List<Diagnostic> old = STRUCTURAL.target(TargetVersion.parse("2026.7")).diagnostics(text);
        assertThat(old).extracting(Diagnostic::pointer).containsExactlyInAnyOrder("/agents/ownership", "/agents/entries");
        assertThat(old).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(dev.clawlint.core.finding.Severity.ERROR);
            assertThat(d.message()).contains("OpenClaw 2026.7 rejects the whole config");
        });
    }

    @Test
    void aWholeNumberProblemIsAValueProblemNotATypeProblem() throws Exception {
        List<Diagnostic> found = STRUCTURAL.diagnostics("{models: {providers: {ollama: {timeoutSeconds: 1.5}}}}");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("invalid-value");
            assertThat(d.message()).contains("expected int, received number");
        });
    }
}
