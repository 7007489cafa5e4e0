package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checking many files at once (on every core) gives each file exactly what checking it alone gives, in the
 * order the files were named: the real corpus twice over, so the same file is checked on two threads at once.
 */
class ManyFilesCheckTest {
    @Test
    void eachFileGetsWhatItGetsAloneInTheOrderGiven() throws Exception {
        List<Path> corpus = Fixtures.files(Fixtures.data("corpus/real"), ".json", ".json5");
        List<Path> reversed = new ArrayList<>(corpus);
        Collections.reverse(reversed);
        List<Path> files = new ArrayList<>(corpus);
        files.addAll(reversed);
        Clawlint clawlint = new Clawlint();
        Environment env = Environment.of(Map.of());
        List<FileResult> together = clawlint.check(new CheckRequest(files, null, env, RuleSettings.DEFAULTS, Severity.ERROR)).files();
        assertThat(together).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            FileResult alone = clawlint.check(new CheckRequest(List.of(files.get(i)), null, env, RuleSettings.DEFAULTS,
                    Severity.ERROR)).files().get(0);
            assertThat(together.get(i).file()).as("file %d", i).isEqualTo(alone.file());
            assertThat(shown(together.get(i))).as("findings of %s", alone.file()).isEqualTo(shown(alone));
            assertThat(together.get(i).target()).isEqualTo(alone.target());
        }
    }

    /** Each finding as a report shows it, with its fix's edits (a loaded file is a new object per check). */
    private static List<String> shown(FileResult result) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            StringBuilder line = new StringBuilder(d.ruleId() + " " + d.severity() + " " + d.file() + " " + d.pointer() + " "
                    + d.range() + " " + d.message());
            if (d.fix() != null) {
                line.append(" fix: ").append(d.fix().description());
                for (TextEdit e : d.fix().edits()) {
                    line.append(" [").append(e.file().displayName()).append(' ').append(e.start()).append('-').append(e.end())
                            .append(' ').append(e.replacement()).append(']');
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
