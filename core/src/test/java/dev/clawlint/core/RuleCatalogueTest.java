package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.testing.RuleTester;
import dev.clawlint.fixtures.Expectation;
import dev.clawlint.fixtures.Finding;
import dev.clawlint.fixtures.FixtureFile;
import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule in the catalogue (the loader's included) is complete: a well-formed id, a summary,
 * a docs page whose header matches its metadata and whose examples behave as they claim, and
 * fixtures on both sides of it.
 */
class RuleCatalogueTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern FACTS = Pattern.compile(
            "\\*\\*Severity:\\*\\* (error|warning|info) · \\*\\*Category:\\*\\* ([a-z-]+) · \\*\\*Fix:\\*\\* (yes|no)");
    private static final List<String> SECTIONS = List.of("## What it finds", "## Why", "## Bad", "## Good", "## Fix");
    private static final Pattern BLOCK = Pattern.compile("```json5\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (RuleMeta m : BuiltInRules.catalogue()) {
            assertThat(seen.add(m.id())).as("duplicate rule id %s", m.id()).isTrue();
        }
    }

    @Test
    void ruleClassesAreNamedAfterTheirIds() {
        for (Rule r : BuiltInRules.all()) {
            assertThat(r.getClass().getSimpleName()).as("class of rule %s", r.meta().id()).isEqualTo(className(r.meta().id()));
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyRule() {
        return BuiltInRules.catalogue().stream().map(meta -> DynamicContainer.dynamicContainer(meta.id(), Stream.of(
                DynamicTest.dynamicTest("metadata", () -> metadata(meta)),
                DynamicTest.dynamicTest("docs page", () -> docsPage(meta)),
                DynamicTest.dynamicTest("fixtures on both sides", () -> fixtures(meta)))));
    }

    private static void metadata(RuleMeta meta) {
        assertThat(meta.id()).matches(KEBAB);
        assertThat(meta.summary()).isNotBlank().doesNotEndWith(".");
    }

    private void docsPage(RuleMeta meta) throws Exception {
        Path page = Fixtures.repositoryRoot().resolve(meta.docsPath());
        assertThat(page).as("docs page of %s", meta.id()).exists();
        String text = Files.readString(page, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> lines = text.lines().toList();
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(lines.get(0)).isEqualTo("# " + meta.id());
        assertThat(lines.get(1)).isEqualTo(meta.summary());
        Matcher facts = FACTS.matcher(lines.get(2));
        assertThat(facts.matches()).as("facts line of %s: %s", meta.id(), lines.get(2)).isTrue();
        assertThat(facts.group(1)).isEqualTo(meta.defaultSeverity().label());
        assertThat(facts.group(2)).isEqualTo(meta.category().label());
        assertThat(facts.group(3)).isEqualTo(meta.fixable() ? "yes" : "no");
        int at = -1;
        for (String section : SECTIONS) {
            int next = lines.indexOf(section);
            assertThat(next).as("section '%s' of %s, in order", section, meta.id()).isGreaterThan(at);
            at = next;
        }
        // every option the rule declares has a row on its page, and only those
        List<String> options = BuiltInRules.options(meta.id()).stream().map(o -> o.name()).toList();
        assertThat(lines.contains("## Options")).as("an Options section on the page of %s", meta.id()).isEqualTo(!options.isEmpty());
        List<String> rows = lines.stream().filter(l -> l.startsWith("| `")).map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        assertThat(rows).as("option rows on the page of %s", meta.id()).containsExactlyInAnyOrderElementsOf(options);
        String bad = block(text, "## Bad", "## Good", meta);
        String good = block(text, "## Good", "## Fix", meta);

        FixtureFile badExample = example("bad.json5", bad);
        assertThat(badExample.expectations()).as("the Bad example of %s marks a finding of the rule", meta.id())
                .anyMatch(e -> e.ruleId().equals(meta.id()));
        assertThat(badExample.compare(findings(badExample))).as("Bad example of %s", meta.id()).isEmpty();

        FixtureFile goodExample = example("good.json5", good);
        assertThat(goodExample.expectations()).isEmpty();
        assertThat(findings(goodExample)).as("Good example of %s", meta.id()).isEmpty();
    }

    private static String block(String text, String from, String to, RuleMeta meta) {
        String part = text.substring(text.indexOf("\n" + from + "\n"), text.indexOf("\n" + to + "\n"));
        Matcher m = BLOCK.matcher(part);
        assertThat(m.find()).as("%s of %s has a ```json5 block", from, meta.id()).isTrue();
        String block = m.group(1);
        assertThat(m.find()).as("%s of %s has only one block", from, meta.id()).isFalse();
        return block;
    }

    private FixtureFile example(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return FixtureFile.read(file);
    }

    private static List<Finding> findings(FixtureFile fixture) {
        return RuleTester.findings(fixture);
    }

    private static void fixtures(RuleMeta meta) {
        Path folder = Fixtures.fixtures().resolve(meta.id());
        assertThat(folder).as("fixture folder of %s", meta.id()).isDirectory();
        List<FixtureFile> files = new ArrayList<>();
        for (Path p : Fixtures.files(folder, ".json", ".json5")) {
            files.add(FixtureFile.read(p));
        }
        // FixtureSuiteTest proves each file's markers are exactly its findings, so the markers tell where the rule fires
        assertThat(files).as("a fixture of %s where it fires", meta.id()).anyMatch(f -> fires(f, meta.id()));
        assertThat(files).as("a fixture of %s where it does not fire", meta.id()).anyMatch(f -> !fires(f, meta.id()));
    }

    private static boolean fires(FixtureFile f, String id) {
        for (Expectation e : f.expectations()) {
            if (e.ruleId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** {@code ollama-openai-endpoint} → {@code OllamaOpenaiEndpointRule}. */
    static String className(String id) {
        StringBuilder sb = new StringBuilder();
        for (String word : id.split("-")) {
            sb.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return sb.append("Rule").toString();
    }
}
