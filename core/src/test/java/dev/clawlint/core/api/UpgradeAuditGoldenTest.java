package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.UpgradeAudit;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.UpgradeReporter;
import dev.clawlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The upgrade audit 2026.7 → 2026.9 ({@code clawlint check --target 2026.7 --upgrade-to 2026.9}) of real configs,
 * compared with {@code src-test-fixtures/golden/upgrade/}: each lists what OpenClaw 2026.9 rejects that 2026.7 did
 * not (the legacy roster, retired keys) and the defaults that change. {@code -Dclawlint.updateGolden=true}
 * rewrites the files after an intended change (review the diff).
 */
class UpgradeAuditGoldenTest {
    /** A legacy agents.list roster, a homelab config and a config touched by 2026.2: three kinds of upgrade. */
    static final List<String> CORPUS = List.of(
            "003-Bluewasabe-openclaw-openclaw.json",
            "015-Mithras-homelab-openclaw-openclaw.json",
            "036-imsks-openclaw-config-openclaw.json");

    private static final TargetVersion FROM = TargetVersion.parse("2026.7");
    private static final TargetVersion TO = TargetVersion.parse("2026.9");

    private static List<UpgradeAudit> audit(Path file) throws Exception {
        CheckRequest request = new CheckRequest(List.of(file), FROM, Environment.unknown(), RuleSettings.DEFAULTS, Severity.ERROR);
        return new Clawlint().upgrade(request, TO);
    }

    @TestFactory
    Stream<DynamicTest> auditsOfRealConfigs() {
        return CORPUS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path file = Fixtures.data("corpus").resolve("real").resolve(name);
            String text = UpgradeReporter.text(audit(file)).replace(file.toString(), name);
            Path golden = Fixtures.moduleRoot().resolve("golden/upgrade").resolve(name + ".txt");
            if (Boolean.getBoolean("clawlint.updateGolden")) {
                Files.writeString(golden, text, StandardCharsets.UTF_8);
            }
            assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void aFileBothReleasesAcceptHasNothingNewAndPasses() throws Exception {
        Path clean = Fixtures.repositoryRoot().resolve("examples/clean/lmstudio-vllm.json");
        UpgradeAudit audit = audit(clean).get(0);
        assertThat(audit.newFindings()).isEmpty();
        assertThat(audit.rejectedAfterUpgrade()).isFalse();
        assertThat(audit.from().target()).isEqualTo(FROM);
    }

    @Test
    void aRosterWithoutOwnershipIsRefusedAfterTheUpgradeWithTheFixNamed() throws Exception {
        Path roster = Files.createTempFile("roster", ".json5");
        Files.writeString(roster, "{agents: {list: [{id: \"main\"}, {id: \"helper\"}]}}");
        UpgradeAudit audit = audit(roster).get(0);
        assertThat(audit.rejectedAfterUpgrade()).isTrue();
        assertThat(audit.newFindings()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("agents-list");
            assertThat(d.fix()).isNotNull();
        });
        assertThat(UpgradeReporter.text(List.of(audit))).contains("OpenClaw 2026.9 would refuse this file: 1 error")
                .endsWith("1 of 1 file would be refused after the upgrade\n");
    }
}
