package dev.clawlint.core.rules.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each guide-shape fix writes, exactly, in the file's own style; and when a rule stays silent. */
class ShapeFixesTest {
    private static String fix(String rule, String text) {
        return RuleTester.of(rule).fix(text);
    }

    private static String fix(String rule, String text, TargetVersion target) {
        return RuleTester.of(rule).target(target).fix(text);
    }

    private static List<Diagnostic> lint(String text, TargetVersion target) {
        return RuleTester.all().target(target).diagnostics(text);
    }

    @Test
    void brainWithALocalServerBecomesAProviderAndTheDefaultModel_inAJson5FileStyle() {
        String in = "{\n\t// my gateway\n\tbrain: {\n\t\tprovider: 'local',\n\t\tlocal: { endpoint: 'http://127.0.0.1:1234/v1', model: 'qwen3-32b', type: 'lmstudio' },\n\t},\n\tgateway: { port: 18789 },\n}\n";
        assertThat(fix("legacy-brain", in)).isEqualTo("{\n\t// my gateway\n\tmodels: {\n\t\tproviders: {\n\t\t\tlmstudio: {\n"
                + "\t\t\t\tbaseUrl: 'http://127.0.0.1:1234/v1',\n\t\t\t\tapi: 'openai-completions',\n\t\t\t\tmodels: [\n\t\t\t\t\t{\n"
                + "\t\t\t\t\t\tid: 'qwen3-32b',\n\t\t\t\t\t\tname: 'qwen3-32b',\n\t\t\t\t\t},\n\t\t\t\t],\n\t\t\t},\n\t\t},\n\t},\n"
                + "\tagents: {\n\t\tdefaults: {\n\t\t\tmodel: {\n\t\t\t\tprimary: 'lmstudio/qwen3-32b',\n\t\t\t},\n\t\t},\n\t},\n"
                + "\tgateway: { port: 18789 },\n}\n");
    }

    @Test
    void brainMergesIntoExistingAgentsDefaultsAndKeepsCrlf() {
        String in = "{\r\n  \"agents\": {\r\n    \"defaults\": {\r\n      \"timeoutSeconds\": 600\r\n    }\r\n  },\r\n"
                + "  \"brain\": {\r\n    \"provider\": \"anthropic\",\r\n    \"model\": \"claude-sonnet-4-6\",\r\n    \"fallback\": \"openai/gpt-5\"\r\n  }\r\n}\r\n";
        assertThat(fix("legacy-brain", in)).isEqualTo("{\r\n  \"agents\": {\r\n    \"defaults\": {\r\n      \"timeoutSeconds\": 600,\r\n"
                + "      \"model\": {\r\n        \"primary\": \"anthropic/claude-sonnet-4-6\",\r\n        \"fallbacks\": [\r\n"
                + "          \"openai/gpt-5\"\r\n        ]\r\n      }\r\n    }\r\n  }\r\n}\r\n");
    }

    @Test
    void brainIsLeftAloneWhenTheDefaultModelIsAlreadySet() {
        String in = "{ \"agents\": { \"defaults\": { \"model\": \"openai/gpt-5\" } }, \"brain\": { \"model\": \"ollama/x\" } }";
        assertThat(fix("legacy-brain", in)).isEqualTo(in);
        assertThat(lint(in, TargetVersion.LATEST)).anyMatch(d -> d.ruleId().equals("legacy-brain") && d.fix() == null);
    }

    @Test
    void heartbeatMovesWithItsComments() {
        String in = "{\n  heartbeat: {\n    // cheap model\n    model: \"ollama/qwen3:8b\",\n    every: \"30m\",\n  },\n}\n";
        assertThat(fix("legacy-heartbeat", in)).isEqualTo("{\n  agents: {\n    defaults: {\n      heartbeat: {\n"
                + "        // cheap model\n        model: \"ollama/qwen3:8b\",\n        every: \"30m\",\n      },\n    },\n  },\n}\n");
    }

    @Test
    void objectMapModelsBecomeAnArrayKeepingEveryFieldAndComment() {
        String in = "{\n  \"models\": {\n    \"providers\": {\n      \"ollama\": {\n        \"baseUrl\": \"http://127.0.0.1:11434\",\n"
                + "        \"api\": \"ollama\",\n        \"models\": {\n          // the big one\n          \"qwen3:32b\": {\n"
                + "            \"contextWindow\": 32768 // tokens\n          },\n          \"tiny\": { \"name\": \"Tiny\" },\n"
                + "          \"empty\": {}\n        }\n      }\n    }\n  }\n}\n";
        assertThat(fix("models-object-map", in)).isEqualTo("{\n  \"models\": {\n    \"providers\": {\n      \"ollama\": {\n"
                + "        \"baseUrl\": \"http://127.0.0.1:11434\",\n        \"api\": \"ollama\",\n        \"models\": [\n"
                + "          // the big one\n          {\n            \"id\": \"qwen3:32b\",\n            \"name\": \"qwen3:32b\",\n"
                + "            \"contextWindow\": 32768 // tokens\n          },\n          { \"id\": \"tiny\", \"name\": \"Tiny\" },\n"
                + "          {\n            \"id\": \"empty\",\n            \"name\": \"empty\"\n          }\n        ]\n      }\n    }\n  }\n}\n");
    }

    @Test
    void compatFlagsOnAProviderWithAnEmptyModelListBecomeCommentsInTheirPlace() {
        String in = "{\n  models: { providers: { x: {\n    baseUrl: 'http://localhost:5000/v1',\n    strictMessageKeys: true,\n"
                + "    models: [],\n  } } },\n}\n";
        assertThat(fix("provider-compat-flags", in)).isEqualTo("{\n  models: { providers: { x: {\n"
                + "    baseUrl: 'http://localhost:5000/v1',\n    // strictMessageKeys: true -- a per-model flag: add \"compat\":"
                + " { strictMessageKeys: true } to each model of x\n    models: [],\n  } } },\n}\n");
    }

    @Test
    void typeAndHostBecomeApiAndBaseUrl() {
        String in = "{ models: { providers: { vllm: { type: 'vLLM', host: 'http://10.0.0.5:8000/v1', models: [] } } } }";
        assertThat(fix("provider-type-host", in))
                .isEqualTo("{ models: { providers: { vllm: { api: 'openai-completions', baseUrl: 'http://10.0.0.5:8000/v1', models: [] } } } }");
        String both = "{ models: { providers: { o: { api: 'ollama', type: 'ollama', baseUrl: 'http://h:11434', models: [] } } } }";
        assertThat(fix("provider-type-host", both)).isEqualTo("{ models: { providers: { o: { api: 'ollama', baseUrl: 'http://h:11434', models: [] } } } }");
        String unknownWord = "{ models: { providers: { o: { type: 'mystery', baseUrl: 'http://h', models: [] } } } }";
        assertThat(fix("provider-type-host", unknownWord)).isEqualTo(unknownWord);
    }

    @Test
    void agentsListBecomesEntriesWithOwnershipForARoster() {
        String in = "{\n  \"agents\": {\n    \"list\": [\n      { \"id\": \"main\", \"model\": \"ollama/qwen3:32b\" },\n"
                + "      {\n        \"id\": \"helper\"\n      }\n    ]\n  }\n}\n";
        assertThat(fix("agents-list", in)).isEqualTo("{\n  \"agents\": {\n    \"entries\": {\n      \"main\": { \"workspace\": "
                + "\"~/.openclaw/workspace\", \"model\": \"ollama/qwen3:32b\" },\n      \"helper\": {}\n    },\n    \"ownership\": \"explicit\"\n  }\n}\n");
    }

    @Test
    void theFirstAgentKeepsTheWorkspaceItUsedWhenOwnershipBecomesExplicit() {
        String in = "{ agents: { defaults: { workspace: '~/claw' }, list: [ { id: 'a' }, { id: 'b', workspace: '~/b' } ] } }";
        assertThat(lint(in, TargetVersion.LATEST)).filteredOn(d -> d.ruleId().equals("agents-list")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Give the first agent (\"a\") \"workspace\": \"~/claw\"")
                        .contains("issues/137850"));
        assertThat(fix("agents-list", in)).isEqualTo(
                "{ agents: { defaults: { workspace: '~/claw' }, entries: { a: { workspace: '~/claw' }, b: { workspace: '~/b' } }, ownership: 'explicit' } }");
        String pinned = "{ agents: { list: [ { id: 'a', workspace: '~/a' }, { id: 'b' } ] } }";
        assertThat(lint(pinned, TargetVersion.LATEST)).filteredOn(d -> d.ruleId().equals("agents-list")).singleElement()
                .satisfies(d -> assertThat(d.message()).doesNotContain("Give the first agent"));
    }

    @Test
    void agentsListIsTheValidShapeUpTo2026_7AndAWarningWhenOpenClawMigratesIt() {
        String roster = "{ agents: { list: [ { id: 'a' }, { id: 'b' } ] } }";
        TargetVersion july = TargetVersion.parse("2026.7");
        assertThat(lint(roster, july)).noneMatch(d -> d.ruleId().equals("agents-list"));
        assertThat(fix("agents-list", roster, july)).isEqualTo(roster);
        assertThat(lint(roster, TargetVersion.LATEST)).filteredOn(d -> d.ruleId().equals("agents-list"))
                .extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
        String marked = "{ agents: { list: [ { id: 'a', default: true }, { id: 'b' } ] } }";
        assertThat(lint(marked, TargetVersion.LATEST)).filteredOn(d -> d.ruleId().equals("agents-list"))
                .extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
        // a default marker and explicit ownership cannot be combined (OpenClaw 2026.9.6), so no ownership is added
        assertThat(fix("agents-list", marked)).isEqualTo("{ agents: { entries: { a: { default: true }, b: {} } } }");
    }

    @Test
    void compatFlagsMoveIntoEachModel() {
        String in = "{ models: { providers: { p: { baseUrl: 'http://h/v1', strictMessageKeys: true,\n"
                + "  models: [ { id: 'a', name: 'a' }, { id: 'b', name: 'b', compat: { supportsTools: false } } ] } } } }";
        assertThat(fix("provider-compat-flags", in)).isEqualTo("{ models: { providers: { p: { baseUrl: 'http://h/v1', \n"
                + "  models: [ { id: 'a', name: 'a', compat: { strictMessageKeys: true } }, { id: 'b', name: 'b', compat: { supportsTools: false, strictMessageKeys: true } } ] } } } }");
    }

    @Test
    void toolChoiceMovesToTheModelsRequestParameters() {
        String in = "{\n  \"models\": {\n    \"providers\": {\n      \"vllm\": {\n        \"baseUrl\": \"http://127.0.0.1:8000/v1\",\n"
                + "        \"tool_choice\": \"auto\",\n        \"models\": [{ \"id\": \"m\", \"name\": \"m\" }]\n      }\n    }\n  }\n}\n";
        assertThat(fix("tool-choice-placement", in)).isEqualTo("{\n  \"models\": {\n    \"providers\": {\n      \"vllm\": {\n"
                + "        \"baseUrl\": \"http://127.0.0.1:8000/v1\",\n        \"models\": [{ \"id\": \"m\", \"name\": \"m\" }]\n      }\n    }\n  },\n"
                + "  \"agents\": {\n    \"defaults\": {\n      \"models\": {\n        \"vllm/m\": {\n          \"params\": {\n"
                + "            \"extra_body\": {\n              \"tool_choice\": \"auto\"\n            }\n          }\n        }\n      }\n    }\n  }\n}\n");
    }

    @Test
    void fallbackBecomesAFallbacksList() {
        String in = "{ agents: { defaults: { model: { primary: 'a/b', fallback: 'c/d' } } } }";
        assertThat(fix("fallback-singular", in)).isEqualTo("{ agents: { defaults: { model: { primary: 'a/b', fallbacks: ['c/d'] } } } }");
        String listed = "{ agents: { defaults: { model: { primary: 'a/b', fallback: 'c/d', fallbacks: ['c/d'] } } } }";
        assertThat(fix("fallback-singular", listed)).isEqualTo("{ agents: { defaults: { model: { primary: 'a/b', fallbacks: ['c/d'] } } } }");
    }

    @Test
    void duplicateKeyFixRemovesTheEarlierMember() {
        String in = "{\n  \"gateway\": { \"port\": 1 },\n  \"models\": { \"mode\": \"merge\" },\n  \"gateway\": { \"port\": 2 }\n}\n";
        assertThat(fix("duplicate-key", in)).isEqualTo("{\n  \"models\": { \"mode\": \"merge\" },\n  \"gateway\": { \"port\": 2 }\n}\n");
    }
}
