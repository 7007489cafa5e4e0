package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.Diagnostic;
import dev.clawlint.fixtures.Finding;
import dev.clawlint.fixtures.FixtureFile;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every fixture under src-test-fixtures/fixtures gives exactly the findings its markers expect. */
class FixtureSuiteTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        List<Path> files = Fixtures.files(Fixtures.fixtures(), ".json", ".json5");
        assertThat(files).isNotEmpty();
        return files.stream().map(path -> DynamicTest.dynamicTest(Fixtures.fixtures().relativize(path).toString(), () -> {
            FixtureFile fixture = FixtureFile.read(path);
            List<Diagnostic> diagnostics = new Clawlint().check(request(fixture)).diagnostics();
            List<Finding> findings = diagnostics.stream()
                    .map(d -> new Finding(d.ruleId(), d.range().start().line(), d.range().start().column(), d.message()))
                    .toList();
            assertThat(fixture.compare(findings)).as("fixture %s", path).isEmpty();
        }));
    }

    /** The check request a fixture's {@code // fixture:} options ask for ({@code target=2026.3}, {@code vram-gb=24}). */
    static CheckRequest request(FixtureFile fixture) {
        CheckRequest request = CheckRequest.of(List.of(fixture.path()));
        Map<String, List<String>> options = fixture.options();
        for (String target : options.getOrDefault("target", List.of())) {
            request = new CheckRequest(request.files(), TargetVersion.parse(target), request.environment(),
                    request.ruleSettings(), request.failOn(), request.hardware());
        }
        for (String vram : options.getOrDefault("vram-gb", List.of())) {
            request = request.withHardware(HardwareProfile.ofVramGb(vram));
        }
        return request;
    }
}
