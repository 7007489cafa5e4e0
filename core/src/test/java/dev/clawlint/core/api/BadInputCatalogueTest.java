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

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void aSymbolicLinkLoopIsCalledOneNotAMissingFile() throws Exception {
        Path a = dir.resolve("loop-a.json5");
        Path b = dir.resolve("loop-b.json5");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        CheckResult result = check("{ $include: \"./loop-a.json5\" }\n");
        assertThat(lines(result)).singleElement().asString().contains("[include-error]")
                .contains("it is a symbolic link loop").doesNotContain("no such file");
        // a named file that cannot be read is a finding of its own, the run goes on (#15)
        CheckResult named = new Clawlint().check(new CheckRequest(List.of(a), null, Environment.unknown(),
                RuleSettings.DEFAULTS, Severity.ERROR));
        assertThat(lines(named)).singleElement().asString().contains("[parse-error]")
                .contains("it is a symbolic link loop (the links lead back to each other, never to a file)");
    }

    @Test
    void nonFiniteNumbersAreNamedAndNoFixWritesThem() throws Exception {
        CheckResult result = check("{ models: { providers: { ollama: { baseUrl: \"http://localhost:11434\", api: \"ollama\","
                + " apiKey: \"ollama-local\", models: [{ id: \"qwen3:8b\", name: \"q\", contextWindow: NaN,"
                + " maxTokens: Infinity }, { id: \"b\", name: \"b\", contextWindow: 1e400, params: { num_ctx: 5 } }] } } } }\n",
                "null\n");
        List<String> found = lines(result);
        assertThat(found).noneMatch(l -> l.contains("not a number")).noneMatch(l -> l.contains("not a null"))
                .anyMatch(l -> l.contains("contextWindow must be a number, not NaN (not a finite number"))
                .anyMatch(l -> l.contains("maxTokens must be a number, not Infinity"))
                .anyMatch(l -> l.contains("the config must be an object, not null"));
        assertThat(result.diagnostics()).allSatisfy(d -> {
            if (d.fix() != null) {
                assertThat(d.fix().edits()).allSatisfy(e -> assertThat(e.replacement()).doesNotContain("NaN")
                        .doesNotContain("Infinity"));
            }
        });
    }
}
