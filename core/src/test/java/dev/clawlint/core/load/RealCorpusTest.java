package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real config of the corpus goes through the whole check without an exception, and the files
 * that are odd on purpose (see corpus/real/README.md) give the findings they should.
 */
class RealCorpusTest {
    private static final Path CORPUS = Fixtures.data("corpus").resolve("real");

    private static CheckResult check(Path file) throws Exception {
        return new Clawlint().check(CheckRequest.of(List.of(file)));
    }

    private static Path file(String prefix) {
        return Fixtures.files(CORPUS, ".json", ".json5").stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<Diagnostic> reading(Path file) throws Exception {
        return check(file).diagnostics().stream()
                .filter(d -> List.of("parse-error", "duplicate-key", "include-error").contains(d.ruleId())).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyFileLoadsWithoutAnException() {
        List<Path> files = Fixtures.files(CORPUS, ".json", ".json5");
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CheckResult result = check(f);
            assertThat(result.files()).hasSize(1);
            assertThat(result.files().get(0).sources()).isNotEmpty();
        }));
    }

    @Test
    void onlyTheOddFilesHaveReadingFindings() throws Exception {
        List<String> odd = List.of("009-", "045-", "052-", "114-");
        for (Path f : Fixtures.files(CORPUS, ".json", ".json5")) {
            boolean expected = odd.stream().anyMatch(p -> f.getFileName().toString().startsWith(p));
            assertThat(reading(f).isEmpty()).as("reading findings of %s", f.getFileName()).isEqualTo(!expected);
        }
    }

    @Test
    void utf16IsAParseErrorThatSaysSo() throws Exception {
        assertThat(reading(file("009-"))).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("parse-error");
            assertThat(d.message()).contains("UTF-16").contains("OpenClaw reads UTF-8 only").contains("re-save it as UTF-8");
            assertThat(d.range().start()).hasToString("1:1");
        });
    }

    @Test
    void aByteOrderMarkIsFine() throws Exception {
        assertThat(reading(file("081-"))).isEmpty();
        assertThat(check(file("081-")).files().get(0).sources().values())
                .allSatisfy(s -> assertThat(s.text()).doesNotStartWith("\uFEFF"));
    }

    @Test
    void aCodePointEscapeIsAParseErrorAtTheEscape() throws Exception {
        assertThat(reading(file("052-"))).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("parse-error");
            assertThat(d.range()).hasToString("117:19-117:28");
            assertThat(d.message()).contains("the escape \\u{1F915} is JavaScript, not JSON5").contains("\\uD83E\\uDD15");
        });
    }

    @Test
    void repeatedKeysAreDuplicateKeyWarnings() throws Exception {
        assertThat(reading(file("045-"))).isNotEmpty().allSatisfy(d -> assertThat(d.ruleId()).isEqualTo("duplicate-key"));
        assertThat(reading(file("114-"))).isNotEmpty().allSatisfy(d -> assertThat(d.ruleId()).isEqualTo("duplicate-key"));
    }
}
