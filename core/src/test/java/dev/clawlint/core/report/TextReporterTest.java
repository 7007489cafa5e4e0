package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text report: colour only when asked, control characters escaped, and what `clawlint fix` would fix. */
class TextReporterTest {
    @Test
    void withoutColourThereIsNoEscapeAndWithColourTheSeverityIsColoured() {
        String plain = new TextReporter(true, false).render(ReportSamples.result());
        assertThat(plain).doesNotContain("\u001B");
        String colored = new TextReporter(true, true).render(ReportSamples.result());
        assertThat(colored).contains("\u001B[31merror:\u001B[0m").contains("\u001B[33mwarning:\u001B[0m")
                .contains("\u001B[2m[unknown-key]\u001B[0m");
        assertThat(colored.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void controlCharactersInKeysAndMessagesAreEscapedNotSentToTheTerminal() {
        SourceFile src = ReportSamples.source();
        Diagnostic d = new Diagnostic("unknown-key", Severity.ERROR, "Unknown key \"a\u001B]0;pwned\u0007b\u202E\".",
                "x\u001B.json", "/a", src.rangeOf(1, 2), null);
        CheckResult result = new CheckResult(List.of(new FileResult("x.json", Map.of(), List.of(d),
                TargetChoice.choose(TargetVersion.LATEST, null))), Severity.ERROR);
        for (boolean color : List.of(false, true)) {
            String out = new TextReporter(true, color).render(result).replaceAll("\u001B\\[[0-9;]*m", "");
            assertThat(out).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E")
                    .contains("x\\u001B.json:1:2: error: Unknown key \"a\\u001B]0;pwned\\u0007b\\u202E\".");
        }
    }

    @Test
    void theClosingLineSaysHowManyFindingsClawlintFixWouldFixAndIsLeftOutWhenNone() {
        String out = new TextReporter(false, false).render(ReportSamples.result());
        assertThat(out).endsWith("in 1 file, for OpenClaw " + TargetVersion.LATEST + " (judged by "
                + TargetVersion.LATEST.release() + "; as requested)\n1 of these can be fixed with `clawlint fix`\n");
        CheckResult none = ReportSamples.result().atLeast(Severity.WARNING);
        CheckResult noFix = new CheckResult(List.of(new FileResult(ReportSamples.FILE, Map.of(),
                none.files().get(0).diagnostics().subList(1, 2), TargetChoice.choose(TargetVersion.LATEST, null))), Severity.ERROR);
        assertThat(new TextReporter(false, false).render(noFix)).doesNotContain("clawlint fix");
    }
}
