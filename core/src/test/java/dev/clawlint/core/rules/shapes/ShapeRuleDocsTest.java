package dev.clawlint.core.rules.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.testing.RuleTester;
import dev.clawlint.fixtures.Finding;
import dev.clawlint.fixtures.FixtureFile;
import dev.clawlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs page of every guide-shape rule: its header matches the rule's metadata, the Bad example
 * gives exactly the findings its markers name, the Good example gives none, and {@code clawlint fix}
 * turns Bad (markers aside) into Good, byte for byte.
 */
class ShapeRuleDocsTest {
    private static final Pattern BLOCK = Pattern.compile("## (Bad|Good)\\n```json5\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile(" *// expect(-next-line)?:.*$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> docsPages() {
        return BuiltInRules.all().stream().map(r -> r.meta()).filter(m -> m.category() == Category.GUIDE_SHAPES)
                .map(meta -> DynamicTest.dynamicTest(meta.id(), () -> check(meta)));
    }

    private void check(RuleMeta meta) throws Exception {
        Path page = Fixtures.repositoryRoot().resolve(meta.docsPath());
        String text = Files.readString(page, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# " + meta.id());
        assertThat(lines.get(1)).isEqualTo(meta.summary());
        assertThat(lines.get(2)).isEqualTo("**Severity:** " + meta.defaultSeverity().label() + " · **Category:** "
                + meta.category().label() + " · **Fix:** yes");
        assertThat(text).contains("## What it finds", "## Why", "## Fix");
        Matcher m = BLOCK.matcher(text);
        assertThat(m.find()).as("a Bad json5 block").isTrue();
        String bad = m.group(2);
        assertThat(m.find()).as("a Good json5 block").isTrue();
        String good = m.group(2);

        Path badFile = Files.writeString(dir.resolve(meta.id() + "-bad.json5"), bad);
        List<Finding> findings = findings(badFile);
        assertThat(findings).extracting(Finding::ruleId).contains(meta.id());
        assertThat(FixtureFile.read(badFile).compare(findings)).as("Bad example of %s", meta.id()).isEmpty();
        Path goodFile = Files.writeString(dir.resolve(meta.id() + "-good.json5"), good);
        assertThat(findings(goodFile)).as("Good example of %s", meta.id()).isEmpty();

        String unmarked = MARKER.matcher(bad).replaceAll("");
        assertThat(RuleTester.all().fix(unmarked)).as("clawlint fix on the Bad example of %s", meta.id()).isEqualTo(good);
    }

    private static List<Finding> findings(Path file) {
        return RuleTester.findings(FixtureFile.read(file));
    }
}
