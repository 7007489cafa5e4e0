package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCommandTest {
    @Test
    void listsEveryRuleWithSeverityCategoryAndSummary() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("RULE").contains("SEVERITY"));
        // the header, a row per rule, a blank line and the supported releases
        assertThat(run.out().lines().count()).isEqualTo(BuiltInRules.catalogue().size() + 3);
        assertThat(run.out()).endsWith("OpenClaw releases (--target): " + TargetVersion.supportedList()
                + ". Default: the release that wrote the file (meta.lastTouchedVersion), else 2026.9.\n");
        assertThat(run.out()).containsPattern("(?m)^ollama-openai-endpoint +error +local-models +yes +An Ollama server reached through /v1")
                .containsPattern("(?m)^keep-alive +info +local-models +  +An Ollama heartbeat model");
    }

    @Test
    void jsonListsTheSameCatalogue() {
        CliRun run = CliRun.of("rules", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode rules = JsonMapper.builder().build().readTree(run.out());
        assertThat(rules.size()).isEqualTo(BuiltInRules.catalogue().size());
        JsonNode first = rules.get(0);
        assertThat(first.get("id").asString()).isEqualTo(BuiltInRules.catalogue().get(0).id());
        assertThat(first.has("severity") && first.has("category") && first.has("summary") && first.has("fixable")).isTrue();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("rules", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'xml'");
    }
}
