package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code clawlint fix} on every snippet of the local-models guide (examples/guide): the output is the
 * golden file (src-test-fixtures/golden/fix/NAME, and NAME.diff for the dry-run diff), OpenClaw
 * 2026.9.6 accepts it (verdicts recorded by tools/oracle/fixed-snippets.sh), and clawlint reports no
 * error on it except those listed below, each with the reason no automatic fix can settle it.
 *
 * <p>Run with {@code -Dclawlint.updateGolden=true} to rewrite the golden files after a deliberate change.
 */
class GuideSnippetFixTest {
    /** The errors that stay after fixing, by snippet, as "rule-id pointer", with why no fix can settle them. */
    private static final Map<String, List<String>> REMAINING = Map.of(
            // the snippet references providers it never defines (the guide defines them in another
            // snippet): OpenClaw's validator accepts the file, but every request fails with
            // "Unknown model"; only the user knows which servers these names stand for
            "06-brain-fallback-chain.json", List.of(
                    "unresolved-model-ref /agents/defaults/model/primary",
                    "unresolved-model-ref /agents/defaults/model/fallbacks/0"));
    // 13-hybrid-mode.json: the researcher's bare "claude-opus-4-6" is left as the user wrote it; OpenClaw
    // resolves it to "openai/claude-opus-4-6" (recorded: models-2026.9.6.jsonl, agent researcher), so
    // unresolved-model-ref warns about it instead of calling it an error

    /** The snippets OpenClaw's validator still rejects after the fix: none (all 12 load on 2026.9.6). */
    private static final Map<String, String> ORACLE_REJECTS = Map.of();

    private static final boolean UPDATE = Boolean.getBoolean("clawlint.updateGolden");

    static Path guide() {
        return Fixtures.repositoryRoot().resolve("examples/guide");
    }

    static Path golden() {
        return Fixtures.moduleRoot().resolve("golden/fix");
    }

    static List<Path> snippets() {
        return Fixtures.files(guide(), ".json");
    }

    @TestFactory
    Stream<DynamicTest> eachSnippetIsFixedAsTheGoldenFileSays() {
        assertThat(snippets()).hasSize(12);
        return snippets().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            String name = path.getFileName().toString();
            String original = Files.readString(path, StandardCharsets.UTF_8);
            FixOutcome outcome = FixTesting.fix(name, original);
            assertThat(outcome.refusal()).isNull();
            String diff = LineDiff.unified("a/" + name, "b/" + name, outcome.original(), outcome.fixed(),
                    FixRun.DIFF_CONTEXT, Secrets::redactLine);
            compareGolden(golden().resolve(name), outcome.fixed());
            compareGolden(golden().resolve(name + ".diff"), diff);

            List<String> errors = outcome.remaining().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(d -> d.ruleId() + " " + d.pointer()).toList();
            assertThat(errors).as("errors left in fixed %s", name).containsExactlyInAnyOrderElementsOf(
                    REMAINING.getOrDefault(name, List.of()));

            // fixing again changes nothing: the fixes reach a fixed point
            FixOutcome again = FixTesting.fix(name, outcome.fixed());
            assertThat(again.fixed()).isEqualTo(outcome.fixed());
            assertThat(again.applied()).isEmpty();

            // no error appears that the original did not have (by rule)
            FixOutcome before = FixTesting.fixer(java.util.Set.of("no-such-rule")).fix(
                    original.getBytes(StandardCharsets.UTF_8), path, name, dev.clawlint.core.load.Environment.unknown());
            List<String> rulesBefore = before.remaining().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::ruleId).toList();
            assertThat(errors.stream().map(e -> e.substring(0, e.indexOf(' '))))
                    .allMatch(rulesBefore::contains);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aCommentOnEveryLineOfASnippetSurvivesItsFix() {
        return snippets().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            String name = path.getFileName().toString();
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            StringBuilder commented = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                // the snippets are pretty-printed JSON: no string spans a line, so a comment can end each one
                commented.append(lines.get(i)).append(lines.get(i).isBlank() ? "" : " // note " + i).append('\n');
            }
            FixOutcome outcome = FixTesting.fix(name, commented.toString());
            assertThat(outcome.refusal()).isNull();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    assertThat(outcome.fixed()).as("fixed %s keeps the comment of line %d:%n%s", name, i + 1, outcome.fixed())
                            .containsOnlyOnce("note " + i + "\n").doesNotContain("note " + i + " ");
                }
            }
        }));
    }

    @Test
    void openClawAcceptsEveryFixedSnippetExceptTheListedOnes() throws IOException {
        Path tsv = Fixtures.data("oracle").resolve("fixed-snippets.tsv");
        Map<String, String[]> verdicts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cols = line.split("\t");
                verdicts.put(cols[0], cols);
            }
        }
        assertThat(verdicts.keySet()).containsExactlyInAnyOrderElementsOf(
                snippets().stream().map(p -> p.getFileName().toString()).toList());
        verdicts.forEach((file, cols) -> {
            String why = ORACLE_REJECTS.get(file);
            if (why == null) {
                assertThat(cols[1]).as("OpenClaw's verdict on fixed %s", file).isEqualTo("ok");
            } else {
                assertThat(cols[1]).as("OpenClaw's verdict on fixed %s", file).isEqualTo("invalid");
                assertThat(cols[2]).contains(why);
            }
        });
        // what OpenClaw's validator rejects is a subset of what stays: it does not resolve model references
        assertThat(REMAINING.keySet()).containsAll(ORACLE_REJECTS.keySet());
    }

    @Test
    void theMergeModeFragmentIsNotJson5AndIsRefused() throws IOException {
        // 12-merge-mode-fragment.txt writes `{ ... }` as an elision: it is prose, not a config.
        Path fragment = guide().resolve("12-merge-mode-fragment.txt");
        FixOutcome outcome = FixTesting.fix("12-merge-mode-fragment.txt", Files.readString(fragment));
        assertThat(outcome.refusal()).startsWith("cannot fix a file that does not parse").contains("[parse-error]");
        assertThat(outcome.fixed()).isEqualTo(outcome.original());
    }

    private static void compareGolden(Path file, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden file %s (rerun with -Dclawlint.updateGolden=true after a deliberate change)",
                file.getFileName()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
