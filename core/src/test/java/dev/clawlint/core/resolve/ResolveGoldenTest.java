package dev.clawlint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.report.resolve.ResolveJsonRenderer;
import dev.clawlint.core.report.resolve.ResolveOptions;
import dev.clawlint.core.report.resolve.ResolveTextRenderer;
import dev.clawlint.core.report.resolve.Verdict;
import dev.clawlint.core.lint.LintEngine;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code clawlint resolve --show-origin} on every guide snippet and on a sample of real configs,
 * text and JSON, compared byte for byte with {@code src-test-fixtures/golden/resolve/}. Run with
 * {@code -Dclawlint.updateGolden=true} to rewrite the golden files after an intended change (and
 * review the diff).
 */
class ResolveGoldenTest {
    /** Real configs with agents, fallbacks, heartbeats, JSON5, a hosted Ollama and aliases. */
    static final List<String> CORPUS = List.of(
            "003-Bluewasabe-openclaw-openclaw.json",
            "015-Mithras-homelab-openclaw-openclaw.json",
            "025-ambushalgorithm-openclaw-ollama-cloud-configs-openclaw-ollama-cloud.json",
            "029-bryantharpe-dgx-ollama-hermes-config-openclaw-openclaw.json",
            "043-nickcottrell-openclaw-ollama-config-openclaw.json",
            "056-0xrancho-aa-cma-openclaw.json5");

    private static final boolean UPDATE = Boolean.getBoolean("clawlint.updateGolden");

    static Path golden() {
        return Fixtures.moduleRoot().resolve("golden").resolve("resolve");
    }

    /** Every input: display name → file. */
    static List<Path[]> inputs() {
        List<Path[]> out = new ArrayList<>();
        for (Path p : Fixtures.files(golden().resolve("inputs").resolve("guide"), ".json")) {
            out.add(new Path[] {Path.of("guide").resolve(p.getFileName()), p});
        }
        for (String name : CORPUS) {
            out.add(new Path[] {Path.of("corpus").resolve(name), Fixtures.data("corpus").resolve("real").resolve(name)});
        }
        for (Path p : Fixtures.files(Fixtures.repositoryRoot().resolve("examples/clean"), ".json", ".json5")) {
            out.add(new Path[] {Path.of("examples").resolve(p.getFileName()), p});
        }
        return out;
    }

    static EffectiveConfig resolve(Path file, String displayName) throws IOException {
        return ConfigResolver.resolve(load(file, displayName).requireDocument(), TargetVersion.LATEST, Environment.unknown());
    }

    static LoadedConfig load(Path file, String displayName) throws IOException {
        return new ConfigLoader().load(Files.readAllBytes(file), file, displayName, Environment.unknown());
    }

    /** What `clawlint check` with the default settings would predict. */
    static Verdict verdict(LoadedConfig loaded) {
        List<dev.clawlint.core.finding.Diagnostic> findings = new LintEngine(BuiltInRules.all(), RuleSettings.DEFAULTS)
                .lint(new LintTarget(loaded, TargetVersion.LATEST, SchemaValidator.published()));
        return Verdict.of(TargetVersion.LATEST, findings, id -> BuiltInRules.find(id).orElse(null));
    }

    static Verdict verdict(Path file, String displayName) throws IOException {
        return verdict(load(file, displayName));
    }

    @TestFactory
    Stream<DynamicTest> goldenFiles() {
        List<Path[]> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(21);
        ResolveOptions withOrigins = new ResolveOptions(true, false);
        return inputs.stream().flatMap(in -> {
            String name = in[0].toString().replace('\\', '/');
            return Stream.of(
                    DynamicTest.dynamicTest(name + " (text)", () -> check(name + ".txt",
                            ResolveTextRenderer.render(name, resolve(in[1], name), verdict(in[1], name), withOrigins))),
                    DynamicTest.dynamicTest(name + " (json)", () -> check(name + ".out.json",
                            ResolveJsonRenderer.render(name, resolve(in[1], name), verdict(in[1], name), withOrigins))));
        });
    }

    /** An $include and ${VAR} substitution: included values carry the included file's positions, substituted ones their variable. */
    @TestFactory
    Stream<DynamicTest> includesAndEnvironment() {
        Path main = golden().resolve("inputs/include-env/openclaw.json5");
        Environment env = Environment.of(java.util.Map.of(
                "OLLAMA_BASE_URL", "http://gpu-box.local:11434",
                "OLLAMA_API_KEY", "ollama-key-do-not-print-4711",
                "LMSTUDIO_HOST", "192.168.1.20"));
        ResolveOptions withOrigins = new ResolveOptions(true, false);
        String name = "include-env/openclaw.json5";
        return Stream.of(
                DynamicTest.dynamicTest(name + " (text)", () -> {
                    String text = ResolveTextRenderer.render(name, resolveWith(main, env), verdictWith(main, env), withOrigins);
                    assertThat(text).doesNotContain("ollama-key-do-not-print-4711");
                    check(name + ".txt", text);
                }),
                DynamicTest.dynamicTest(name + " (json)", () -> {
                    String json = ResolveJsonRenderer.render(name, resolveWith(main, env), verdictWith(main, env), withOrigins);
                    assertThat(json).doesNotContain("ollama-key-do-not-print-4711");
                    check(name + ".out.json", json);
                }));
    }

    private static EffectiveConfig resolveWith(Path main, Environment env) throws Exception {
        // display names relative to the golden inputs, so the golden files do not depend on the checkout path
        LoadedConfig loaded = new ConfigLoader().load(main, "include-env/openclaw.json5", env);
        return ConfigResolver.resolve(loaded.requireDocument(), TargetVersion.LATEST, env);
    }

    private static Verdict verdictWith(Path main, Environment env) throws Exception {
        return verdict(new ConfigLoader().load(main, "include-env/openclaw.json5", env));
    }

    private static void check(String goldenName, String actual) throws IOException {
        Path file = golden().resolve(goldenName);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s (create it with -Dclawlint.updateGolden=true)", file).exists();
        assertThat(actual).as("golden file %s (after an intended change, rerun with -Dclawlint.updateGolden=true and review the diff)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
