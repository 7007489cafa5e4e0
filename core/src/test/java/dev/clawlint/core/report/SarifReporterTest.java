package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.fixtures.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF output is valid SARIF 2.1.0 (OASIS schema, formats asserted) and carries what code scanning shows. */
class SarifReporterTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static Schema sarifSchema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(Fixtures.data("sarif").resolve("sarif-schema-2.1.0.json"))) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        sarifSchema.initializeValidators();
    }

    static List<Error> violations(String sarif) {
        return sarifSchema.validate(sarif, InputFormat.JSON,
                (ctx, schemaCtx) -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    @Test
    void theSchemaCheckCatchesInvalidSarif() {
        String bad = new SarifReporter().render(ReportSamples.result()).replace("\"note\"", "\"info\"");
        assertThat(violations(bad)).isNotEmpty();
    }

    @Test
    void aFindingAnInlineCommentSilencedIsCarriedAsSuppressedWithItsReason(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path config = java.nio.file.Files.writeString(dir.resolve("openclaw.json5"),
                "{\n  gateway: {},\n  frobnicate: 1, // clawlint-disable-line unknown-key -- read by our deploy scripts\n}\n");
        CheckResult result = new Clawlint().check(CheckRequest.of(List.of(config)));
        assertThat(result.diagnostics()).as("silenced: no finding, exit 0").isEmpty();
        assertThat(result.failed()).isFalse();
        String sarif = new SarifReporter().render(result);
        assertThat(violations(sarif)).isEmpty();
        JsonNode only = MAPPER.readTree(sarif).at("/runs/0/results");
        assertThat(only).hasSize(1);
        assertThat(only.get(0).at("/ruleId").asString()).isEqualTo("unknown-key");
        assertThat(only.get(0).at("/suppressions/0/kind").asString()).isEqualTo("inSource");
        assertThat(only.get(0).at("/suppressions/0/justification").asString()).isEqualTo("read by our deploy scripts");
        assertThat(only.get(0).at("/partialFingerprints/clawlint~1v1").asString()).isNotEmpty();
    }

    @Test
    void aRealCheckRendersValidSarif() throws Exception {
        Path bad = Fixtures.fixtures().resolve("unknown-key/root-typo.json5");
        CheckResult result = new Clawlint().check(CheckRequest.of(List.of(bad)));
        assertThat(result.diagnostics()).isNotEmpty();
        String sarif = new SarifReporter().render(result);
        assertThat(violations(sarif)).isEmpty();

        JsonNode first = MAPPER.readTree(sarif).at("/runs/0/results/0");
        assertThat(first.at("/ruleId").asString()).isEqualTo("unknown-key");
        assertThat(first.at("/level").asString()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(3);
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo(bad.toUri().toString());
    }

    @Test
    void handMadeFindingsWithAFixRenderValidSarif() {
        assertThat(violations(new SarifReporter().render(ReportSamples.result()))).isEmpty();
    }

    @Test
    void theDriverDescribesEveryRuleAndResultsPointIntoThatList() throws Exception {
        JsonNode run = MAPPER.readTree(new SarifReporter().render(ReportSamples.result())).at("/runs/0");
        List<RuleMeta> catalogue = BuiltInRules.catalogue();
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules.size()).isEqualTo(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            RuleMeta meta = catalogue.get(i);
            assertThat(rules.get(i).at("/id").asString()).isEqualTo(meta.id());
            assertThat(rules.get(i).at("/shortDescription/text").asString()).isEqualTo(meta.summary());
            assertThat(rules.get(i).at("/helpUri").asString()).isEqualTo(SarifReporter.DOCS_BASE_URI + meta.docsPath());
        }
        for (JsonNode result : run.at("/results")) {
            int index = result.at("/ruleIndex").asInt();
            assertThat(rules.get(index).at("/id").asString()).isEqualTo(result.at("/ruleId").asString());
        }
        assertThat(run.at("/columnKind").asString()).isEqualTo("unicodeCodePoints");
    }

    @Test
    void severitiesBecomeSarifLevelsAndRangesBecomeRegions() throws Exception {
        JsonNode results = MAPPER.readTree(new SarifReporter().render(ReportSamples.result())).at("/runs/0/results");
        assertThat(results.findValuesAsString("level")).containsExactly("error", "warning", "note");
        JsonNode region = results.get(1).at("/locations/0/physicalLocation/region");
        assertThat(List.of(region.at("/startLine").asInt(), region.at("/startColumn").asInt(),
                region.at("/endLine").asInt(), region.at("/endColumn").asInt())).containsExactly(3, 20, 3, 27);
        assertThat(results.get(1).at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
                .isEqualTo("/gateway/port");
    }

    @Test
    void relativeFileNamesBecomeEncodedUrisAgainstTheSourceRoot() throws Exception {
        JsonNode artifact = MAPPER.readTree(new SarifReporter().render(ReportSamples.result()))
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.at("/uri").asString()).isEqualTo("conf/my%20openclaw.json5");
        assertThat(artifact.at("/uriBaseId").asString()).isEqualTo("%SRCROOT%");
    }

    @Test
    void aFixThatWouldCarryASecretIsLeftOutButTheFindingStays() throws Exception {
        SourceFile src = ReportSamples.source();
        Fix leaky = new Fix("Move the key", List.of(new TextEdit(src, 1, 1, "apiKey: \"sk-live-abcdefghijklmnop\",\n")));
        Fix harmless = new Fix("Use the variable", List.of(new TextEdit(src, 1, 1, "apiKey: \"${OPENAI_API_KEY}\",\n")));
        Diagnostic a = new Diagnostic("unknown-key", Severity.ERROR, "A.", ReportSamples.FILE, "", src.rangeOf(1, 2), leaky);
        Diagnostic b = new Diagnostic("unknown-key", Severity.ERROR, "B.", ReportSamples.FILE, "", src.rangeOf(1, 2), harmless);
        CheckResult result = new CheckResult(List.of(new FileResult(ReportSamples.FILE,
                Map.of(ReportSamples.FILE, src), List.of(a, b), TargetChoice.choose(TargetVersion.LATEST, null))), Severity.ERROR);
        String sarif = new SarifReporter().render(result);
        assertThat(sarif).doesNotContain("sk-live-abcdefghijklmnop");
        JsonNode results = MAPPER.readTree(sarif).at("/runs/0/results");
        assertThat(results.size()).isEqualTo(2);
        assertThat(results.get(0).has("fixes")).isFalse();
        assertThat(results.get(1).at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asString())
                .isEqualTo("apiKey: \"${OPENAI_API_KEY}\",\n");
    }

    @Test
    void aFixBecomesArtifactChangesWithTheReplacedRegionAndTheNewText() throws Exception {
        JsonNode results = MAPPER.readTree(new SarifReporter().render(ReportSamples.result())).at("/runs/0/results");
        JsonNode fix = results.get(0).at("/fixes/0");
        assertThat(fix.at("/description/text").asString()).isEqualTo("Rename modles to models");
        JsonNode change = fix.at("/artifactChanges/0");
        assertThat(change.at("/artifactLocation/uri").asString()).isEqualTo("conf/my%20openclaw.json5");
        JsonNode replacement = change.at("/replacements/0");
        assertThat(replacement.at("/deletedRegion/startLine").asInt()).isEqualTo(2);
        assertThat(replacement.at("/deletedRegion/startColumn").asInt()).isEqualTo(3);
        assertThat(replacement.at("/deletedRegion/endColumn").asInt()).isEqualTo(9);
        assertThat(replacement.at("/insertedContent/text").asString()).isEqualTo("models");
        assertThat(results.get(1).has("fixes")).isFalse();
    }

    @Test
    void theDriverNamesItsVersionAndHomeAndEveryRuleHasADescriptionAndHelpInTextAndMarkdown() throws Exception {
        JsonNode driver = MAPPER.readTree(new SarifReporter().render(ReportSamples.result())).at("/runs/0/tool/driver");
        assertThat(driver.at("/version").asString()).isEqualTo(ToolInfo.version()).doesNotStartWith("${");
        assertThat(driver.at("/informationUri").asString()).isEqualTo(ToolInfo.INFORMATION_URI);
        for (JsonNode rule : driver.at("/rules")) {
            String id = rule.at("/id").asString();
            assertThat(rule.at("/fullDescription/text").asString()).as(id).isNotBlank().doesNotContain("\n");
            assertThat(rule.at("/help/text").asString()).as(id).contains(rule.at("/helpUri").asString());
            assertThat(rule.at("/help/markdown").asString()).as(id).contains("## What it finds").contains("## Fix")
                    .doesNotContain("// expect:");
        }
    }

    @Test
    void filesInsideTheBaseAreRelativeToSrcrootWhichTheRunDefinesAndNeverClimbWithDotDot() throws Exception {
        Path base = Fixtures.fixtures().toAbsolutePath().normalize();
        Path inside = base.resolve("unknown-key/root-typo.json5");
        CheckResult result = new Clawlint().check(CheckRequest.of(List.of(inside)));
        String sarif = new SarifReporter(base).render(result);
        assertThat(violations(sarif)).isEmpty();
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString()).isEqualTo(base.toUri().toString());
        JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.at("/uri").asString()).isEqualTo("unknown-key/root-typo.json5");
        assertThat(artifact.at("/uriBaseId").asString()).isEqualTo("%SRCROOT%");

        String outside = new SarifReporter(base.resolve("unknown-key/sub")).render(result);
        JsonNode far = MAPPER.readTree(outside).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(far.at("/uri").asString()).isEqualTo(inside.toUri().toString()).doesNotContain("..");
        assertThat(far.has("uriBaseId")).isFalse();
    }

    @Test
    void fingerprintsSurviveAnEditAboveTheFindingAndTellRepeatedFindingsApart() throws Exception {
        String before = "{\n  gateway: { port: 18789 },\n  frobnicate: true,\n  agents: { list: [], wat: 1 },\n}\n";
        String after = "// a comment\n// and another\n" + before.replace("gateway: { port: 18789 },", "gateway: {\n    port: 18789,\n  },");
        Path base = Path.of("").toAbsolutePath();
        JsonNode a = MAPPER.readTree(new SarifReporter(base).render(check(before))).at("/runs/0/results");
        JsonNode b = MAPPER.readTree(new SarifReporter(base).render(check(after))).at("/runs/0/results");
        assertThat(a.size()).isEqualTo(b.size()).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).at("/locations/0/physicalLocation/region/startLine").asInt())
                    .isNotEqualTo(b.get(i).at("/locations/0/physicalLocation/region/startLine").asInt());
            assertThat(b.get(i).at("/partialFingerprints/" + SarifReporter.FINGERPRINT_KEY.replace("/", "~1")).asString())
                    .isEqualTo(a.get(i).at("/partialFingerprints/" + SarifReporter.FINGERPRINT_KEY.replace("/", "~1")).asString())
                    .hasSize(32);
        }
        assertThat(a.findValuesAsString(SarifReporter.FINGERPRINT_KEY)).doesNotHaveDuplicates();
    }

    private static CheckResult check(String text) {
        return new Clawlint().check(CheckRequest.of(List.of(Path.of("openclaw.json5"))),
                Map.of(Path.of("openclaw.json5"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
