package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.testing.RuleTester;
import dev.clawlint.fixtures.FixtureFile;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under src-test-fixtures/fixtures gives exactly the findings its markers expect, for the
 * rules it is about ({@link RuleTester#compareFixture}; options in {@link RuleTester#request}).
 */
class FixtureSuiteTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        List<Path> files = Fixtures.files(Fixtures.fixtures(), ".json", ".json5", ".txt");
        assertThat(files).isNotEmpty();
        return files.stream().map(path -> DynamicTest.dynamicTest(Fixtures.fixtures().relativize(path).toString(),
                () -> assertThat(RuleTester.compareFixture(FixtureFile.read(path))).as("fixture %s", path).isEmpty()));
    }
}
