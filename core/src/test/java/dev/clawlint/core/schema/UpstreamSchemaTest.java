package dev.clawlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code --upstream-schema}: OpenClaw's exported schema, broken refs and JavaScript patterns included. */
class UpstreamSchemaTest {
    private static final String UPSTREAM = """
            {"type": "object", "additionalProperties": false, "properties": {
              "gateway": {"type": "object", "additionalProperties": false, "properties": {
                 "port": {"type": "integer"}, "auth": {"$ref": "#/$defs/missing"},
                 "name": {"type": "string", "pattern": "^[^.[\\\\]]+$"}}},
              "models": {"type": "object", "additionalProperties": false, "properties": {"mode": {"type": "string"}}},
              "agents": {"type": "object", "properties": {"defaults": {"type": "object", "properties": {
                 "compaction": {"type": "object", "additionalProperties": false, "properties": {"mode": {"type": "string"}}},
                 "timeoutSeconds": {"type": "string"}}},
                 "entries": {"type": "object", "additionalProperties": {"type": "object", "properties": {
                   "tools": {"type": "object", "additionalProperties": false, "properties": {"exec": {}}}}}}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void unresolvableRefsBecomeAnythingAndAreCounted() throws Exception {
        UpstreamSchema upstream = UpstreamSchema.of((ObjectNode) JsonMapper.builder().build().readTree(UPSTREAM));
        assertThat(upstream.unresolvedRefs()).isEqualTo(1);
        assertThat(upstream.schema().at("/properties/gateway/properties/auth").has("$ref")).isFalse();
        assertThat(upstream.droppedPatterns()).isZero();
    }

    @Test
    void findingsOutsideModelsAndAgentsAndInLooseSectionsOnly() throws Exception {
        List<Diagnostic> found = check("""
                {gateway: {port: "80", prot: 1, name: "a.b", auth: {anything: true}},
                 models: {mode: "merge"},
                 agents: {defaults: {timeoutSeconds: 30, compaction: {mood: "x"}}}}
                """);
        assertThat(found).extracting(Diagnostic::ruleId, Diagnostic::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("invalid-type", "/gateway/port"),
                org.assertj.core.groups.Tuple.tuple("unknown-key", "/gateway/prot"),
                org.assertj.core.groups.Tuple.tuple("invalid-value", "/gateway/name"),
                org.assertj.core.groups.Tuple.tuple("unknown-key", "/agents/defaults/compaction/mood"));
        assertThat(found).filteredOn(d -> d.pointer().equals("/gateway/prot")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Did you mean \"port\"?").contains("upstream schema"));
    }

    @Test
    void insideALegacyAgentsListAsOpenClawMovesIt() throws Exception {
        List<Diagnostic> found = check("{agents: {list: [{id: \"a\", tools: {exec: {}}}, {id: \"b\", tools: {camera: {}}}]}}");
        assertThat(found).filteredOn(d -> !d.ruleId().equals("agents-list")).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("unknown-key");
            assertThat(d.pointer()).isEqualTo("/agents/list/1/tools/camera");
        });
    }

    @Test
    void aProblemClawlintReportsIsNotReportedTwice() throws Exception {
        List<Diagnostic> found = check("{modles: {}}");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.message()).contains("OpenClaw 2026.9"));
    }

    @Test
    void theGuideKeysAreLeftToTheirOwnRules() throws Exception {
        List<Diagnostic> found = check("{brain: {model: \"ollama/qwen3:32b\"}, heartbeat: {every: \"30m\"}}");
        assertThat(found).extracting(Diagnostic::ruleId).containsExactlyInAnyOrder("legacy-brain", "legacy-heartbeat");
    }

    @Test
    void aMissingOrBrokenFileIsOneClearMessage() throws Exception {
        assertThatThrownBy(() -> UpstreamSchema.load(dir.resolve("nope.json")))
                .isInstanceOf(UpstreamSchemaException.class).hasMessageContaining("no such file");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\": ");
        assertThatThrownBy(() -> UpstreamSchema.load(broken))
                .isInstanceOf(UpstreamSchemaException.class).hasMessageContaining("not valid JSON");
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertThatThrownBy(() -> UpstreamSchema.load(array))
                .isInstanceOf(UpstreamSchemaException.class).hasMessageContaining("not a JSON Schema object");
    }

    @Test
    void javaScriptPatternsReadAsJava() {
        assertThat(JsRegex.toJava("^[^.[\\]]+$")).isEqualTo("^[^.\\[\\]]+$");
        assertThat(JsRegex.toJava("^\\/(?!\\/)[^\\0]*[^/\\0]$")).isEqualTo("^\\/(?!\\/)[^\\x00]*[^/\\x00]$");
        assertThat(JsRegex.toJava("(")).isNull();
    }

    private List<Diagnostic> check(String json5) throws Exception {
        Path schema = Files.writeString(dir.resolve("upstream.json"), UPSTREAM);
        Path file = Files.writeString(dir.resolve("openclaw.json"), json5);
        return new Clawlint().check(new CheckRequest(List.of(file), TargetVersion.LATEST, Environment.unknown(),
                RuleSettings.DEFAULTS, Severity.ERROR).withUpstreamSchema(UpstreamSchema.load(schema))).diagnostics();
    }
}
