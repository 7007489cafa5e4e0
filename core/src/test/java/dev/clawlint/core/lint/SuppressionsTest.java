package dev.clawlint.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline suppression comments: which findings they silence, and which they leave alone. */
class SuppressionsTest {
    @TempDir
    Path dir;

    private List<String> findings(String json5) throws Exception {
        Path file = Files.writeString(dir.resolve("openclaw.json5"), json5);
        return new Clawlint().check(CheckRequest.of(List.of(file))).diagnostics().stream()
                .map(d -> d.range().start().line() + " " + d.ruleId()).toList();
    }

    @Test
    void withoutACommentTheFindingIsReported() throws Exception {
        assertThat(findings("{\n  gateway: {},\n  frobnicate: 1,\n}\n")).containsExactly("3 unknown-key");
    }

    @Test
    void disableLineSilencesTheNamedRuleOnItsOwnLine() throws Exception {
        assertThat(findings("{\n  gateway: {},\n  frobnicate: 1, // clawlint-disable-line unknown-key\n}\n")).isEmpty();
    }

    @Test
    void disableNextLineSilencesTheFollowingLineOnly() throws Exception {
        assertThat(findings("{\n  // clawlint-disable-next-line unknown-key\n  frobnicate: 1,\n  frobnicat: 2,\n}\n"))
                .containsExactly("4 unknown-key");
    }

    @Test
    void anotherRuleIdDoesNotSilence() throws Exception {
        assertThat(findings("{\n  frobnicate: 1, // clawlint-disable-line duplicate-key, local-timeout\n}\n"))
                .containsExactly("2 unknown-key", "2 unused-suppression", "2 unused-suppression");
    }

    @Test
    void aBareDirectiveSilencesEveryRuleOnThatLine() throws Exception {
        assertThat(findings("{\n  frobnicate: 1, // clawlint-disable-line\n}\n")).isEmpty();
    }

    @Test
    void disableFileSilencesTheRuleEverywhere() throws Exception {
        assertThat(findings("// clawlint-disable-file unknown-key\n{\n  a: 1,\n  b: 2,\n}\n")).isEmpty();
    }

    @Test
    void aDirectiveCanCarryAReasonAfterTwoDashes() throws Exception {
        assertThat(findings("{\n  frobnicate: 1, // clawlint-disable-line unknown-key -- read by our own tooling\n}\n"))
                .isEmpty();
    }

    @Test
    void aDirectiveThatSuppressesNothingIsReportedPerIdAndAMisspeltIdToo() throws Exception {
        assertThat(findings("{\n  gateway: {}, // clawlint-disable-line unknown-key\n  frobnicate: 1, // clawlint-disable-line unknown-kee\n}\n"))
                .containsExactly("2 unused-suppression", "3 unknown-key", "3 unused-suppression");
        assertThat(findings("{\n  gateway: {}, // clawlint-disable-line\n}\n")).containsExactly("2 unused-suppression");
    }

    @Test
    void aDirectiveForARuleSwitchedOffIsLeftAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("openclaw.json5"), "{\n  gateway: {}, // clawlint-disable-line local-timeout\n}\n");
        CheckRequest request = new CheckRequest(List.of(file), null, dev.clawlint.core.load.Environment.unknown(),
                RuleSettings.parse(List.of("local-timeout=off")), dev.clawlint.core.finding.Severity.ERROR);
        assertThat(new Clawlint().check(request).diagnostics()).isEmpty();
    }

    @Test
    void withoutInlineSuppressionsEveryCommentIsIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("openclaw.json5"), "{\n  frobnicate: 1, // clawlint-disable-line unknown-key\n}\n");
        CheckRequest audit = CheckRequest.of(List.of(file)).withInlineSuppressions(false);
        assertThat(new Clawlint().check(audit).diagnostics()).extracting(d -> d.range().start().line() + " " + d.ruleId())
                .containsExactly("2 unknown-key");
    }

    @Test
    void resolveShowsOnlyTheLoadersFindingsNotItsJudgementOfSuppressions() throws Exception {
        Path file = Files.writeString(dir.resolve("openclaw.json5"), "{\n  gateway: {}, // clawlint-disable-line local-timeout\n}\n");
        var resolved = new Clawlint().resolve(new dev.clawlint.core.api.ResolveRequest(List.of(file),
                dev.clawlint.core.knowledge.TargetVersion.LATEST, dev.clawlint.core.load.Environment.unknown()));
        assertThat(resolved.get(0).loaderFindings()).isEmpty();
    }
}
