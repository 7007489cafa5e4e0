package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.DotEnv;
import dev.clawlint.core.load.Environment;
import dev.clawlint.fixtures.Finding;
import dev.clawlint.fixtures.FixtureFile;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under src-test-fixtures/fixtures gives exactly the findings its markers expect.
 *
 * <p>Run options ({@code // fixture: ...}): {@code target=2026.3} picks the OpenClaw release;
 * {@code env=NAME=VALUE} (repeatable) and {@code env-file=FILE} (relative to the fixture) supply an
 * environment, which is otherwise unknown; {@code env=} alone supplies an empty one.
 */
class FixtureSuiteTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        List<Path> files = Fixtures.files(Fixtures.fixtures(), ".json", ".json5", ".txt");
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

    /**
     * The check request a fixture's {@code // fixture:} options ask for: {@code target=2026.3},
     * {@code env=NAME=VALUE}, {@code env-file=FILE}, {@code vram-gb=24}.
     */
    static CheckRequest request(FixtureFile fixture) throws Exception {
        CheckRequest defaults = CheckRequest.of(List.of(fixture.path()));
        CheckRequest request = new CheckRequest(defaults.files(), target(fixture), environment(fixture, fixture.path()),
                defaults.ruleSettings(), defaults.failOn());
        for (String vram : fixture.options().getOrDefault("vram-gb", List.of())) {
            request = request.withHardware(HardwareProfile.ofVramGb(vram));
        }
        return request;
    }

    private static TargetVersion target(FixtureFile fixture) {
        List<String> target = fixture.options().getOrDefault("target", List.of());
        return target.isEmpty() ? TargetVersion.LATEST : TargetVersion.parse(target.get(target.size() - 1));
    }

    private static Environment environment(FixtureFile fixture, Path path) throws Exception {
        List<String> pairs = fixture.options().getOrDefault("env", List.of());
        List<String> envFiles = fixture.options().getOrDefault("env-file", List.of());
        if (pairs.isEmpty() && envFiles.isEmpty()) {
            return Environment.unknown();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (String file : envFiles) {
            vars.putAll(DotEnv.read(path.resolveSibling(file)));
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                vars.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return Environment.of(vars);
    }
}
