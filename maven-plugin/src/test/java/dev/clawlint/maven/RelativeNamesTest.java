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
import dev.clawlint.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelativeNamesTest {
    private static final Path BASE = Path.of("/work/project").toAbsolutePath();

    private static CheckResult resultFor(String file) {
        SourceFile source = new SourceFile(file, Path.of(file), "{}\n");
        Range r = new Range(new Position(1, 1), new Position(1, 3));
        Diagnostic d = new Diagnostic("some-rule", Severity.ERROR, "Message.", file, "", r, null);
        return new CheckResult(List.of(new FileResult(file, Map.of(file, source), List.of(d), TargetChoice.choose(TargetVersion.LATEST, null))), Severity.WARNING);
    }

    @Test
    void filesUnderTheBaseDirectoryAreNamedRelativeToItEverywhere() {
        String absolute = BASE.resolve("deploy/openclaw.json").toString();
        CheckResult renamed = RelativeNames.of(resultFor(absolute), BASE);
        FileResult file = renamed.files().get(0);
        assertThat(file.file()).isEqualTo("deploy/openclaw.json");
        assertThat(file.diagnostics().get(0).file()).isEqualTo("deploy/openclaw.json");
        assertThat(file.sources()).containsOnlyKeys("deploy/openclaw.json");
        assertThat(renamed.failOn()).isEqualTo(Severity.WARNING);
    }

    @Test
    void filesElsewhereKeepTheirAbsoluteName() {
        String outside = BASE.resolveSibling("shared/openclaw.json").toString();
        assertThat(RelativeNames.of(resultFor(outside), BASE).files().get(0).file()).isEqualTo(outside);
    }
}
