package dev.clawlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.source.Position;
import dev.clawlint.core.source.Range;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingLogTest {
    private static Diagnostic at(Severity severity, int line) {
        Range r = new Range(new Position(line, 3), new Position(line, 9));
        return new Diagnostic("some-rule", severity, "Message " + line + ".", "openclaw.json", "/x", r, null);
    }

    @Test
    void eachSeverityGoesToItsMavenLogLevel() {
        CheckResult result = new CheckResult(List.of(new FileResult("openclaw.json", Map.of(),
                List.of(at(Severity.ERROR, 1), at(Severity.WARNING, 2), at(Severity.INFO, 3)), TargetChoice.choose(TargetVersion.LATEST, null))), Severity.ERROR);
        RecordingLog log = new RecordingLog();
        FindingLog.log(result, log);
        assertThat(log.lines).containsExactly(
                "ERROR openclaw.json:1:3: error: Message 1. [some-rule]",
                "WARN openclaw.json:2:3: warning: Message 2. [some-rule]",
                "INFO openclaw.json:3:3: info: Message 3. [some-rule]");
    }
}
