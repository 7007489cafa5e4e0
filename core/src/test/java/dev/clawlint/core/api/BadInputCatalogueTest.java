package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.Reporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input catalogue (issue #16): inputs a hostile or careless author writes, each of which must
 * give a clear finding, never an exception that ends the run.
 */
class BadInputCatalogueTest {
    @TempDir
    Path dir;

    private CheckResult check(String... texts) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path file = dir.resolve("c" + i + ".json5");
            Files.writeString(file, texts[i]);
            files.add(file);
        }
        CheckResult result = new Clawlint().check(new CheckRequest(files, null, Environment.unknown(),
                RuleSettings.DEFAULTS, Severity.ERROR));
        for (String format : Reporters.NAMES) {
            assertThat(Reporters.byName(format, true).render(result)).as(format).isNotEmpty();
        }
        return result;
    }

    private static List<String> lines(CheckResult result) {
        return result.diagnostics().stream().map(Diagnostic::toLine).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e19", "-1e19", "9223372036854775808", "1e300", "18446744073709551616"})
    void wholeNumbersBeyondTheLongRangeInIntegerFieldsAreFindingsNotACrash(String number) throws Exception {
        // the validator read these as a long and threw "asLong() cannot convert value 1.0E19", ending the batch
        String config = "{ agents: { defaults: { maxConcurrent: " + number + ", timeoutSeconds: " + number
                + ", bootstrapTotalMaxChars: " + number + " } } }\n";
        CheckResult result = check(config, "{ agents: { defaults: { maxConcurrent: 2 } } }\n");
        assertThat(result.files()).hasSize(2);
        List<String> found = lines(result);
        for (String field : List.of("maxConcurrent", "timeoutSeconds", "bootstrapTotalMaxChars")) {
            assertThat(found).as(field).anySatisfy(l -> assertThat(l).contains("agents.defaults." + field)
                    .contains("[invalid-value]"));
        }
        assertThat(result.files().get(1).diagnostics()).isEmpty();
    }

    @Test
    void theLargestSafeIntegerIsStillAcceptedAndOneAboveIsNot() throws Exception {
        CheckResult safe = check("{ agents: { defaults: { maxConcurrent: 9007199254740991 } } }\n");
        assertThat(lines(safe)).isEmpty();
        CheckResult above = check("{ agents: { defaults: { maxConcurrent: 9007199254740992 } } }\n");
        assertThat(lines(above)).singleElement().asString().contains("[invalid-value]");
    }

    @Test
    void twoThousandDuplicateKeysOnOneLineGiveAReportThatGrowsWithTheFindingsOnly() throws Exception {
        StringBuilder line = new StringBuilder("{");
        for (int i = 0; i < 2000; i++) {
            line.append("\"a\": ").append(i).append(", ");
        }
        CheckResult result = check(line.append("}\n").toString());
        assertThat(result.diagnostics().stream().filter(d -> d.ruleId().equals("duplicate-key"))).hasSize(1999);
        String text = Reporters.byName("text", true).render(result);
        // each excerpt is a window of the 20 KB line (the whole line each time made 62 MB)
        assertThat(text.length()).isLessThan(2000 * 600);
        assertThat(text).contains("|  ^^^\n").contains("…");
    }
}
