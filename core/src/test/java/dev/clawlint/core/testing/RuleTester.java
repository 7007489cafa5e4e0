package dev.clawlint.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.edit.TextEdits;
import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.fix.FixOutcome;
import dev.clawlint.core.fix.Fixer;
import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.DotEnv;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.fixtures.Finding;
import dev.clawlint.fixtures.FixtureFile;
import dev.clawlint.fixtures.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The one way core's tests run rules on a config and compare what they find: through the production
 * door ({@link Clawlint#check}: loader, engine, settings, suppressions) and the production {@link Fixer}.
 *
 * <p>The fixture format ({@code // expect:} markers, {@code // fixture:} options, sidecar {@code .expect})
 * and the both-ways comparison live in {@code src-test-fixtures}, which knows nothing of core; this class
 * is the single adapter from core's {@link Diagnostic} to that harness's {@link Finding}.
 *
 * <p>A case is about the rules the tester was made for: findings of other rules are not compared, so a
 * fixture for one rule does not break when another rule learns something. {@link #all()} compares every
 * finding; a fixture file opts in with {@code // fixture: rules=all}.
 *
 * <pre>{@code
 * RuleTester.of("missing-api").valid("{ models: { providers: { ollama: { api: 'ollama', ... } } } }");
 * RuleTester.of("missing-api").invalid("{ ...\n  ollama: { // expect: missing-api\n ... }");
 * RuleTester.of("fallback-singular").fixesTo("{ ... fallback: 'c/d' ... }", "{ ... fallbacks: ['c/d'] ... }");
 * }</pre>
 */
public final class RuleTester {

    /** Null means every rule. */
    private final @Nullable Set<String> rules;
    private final TargetVersion target;
    private final @Nullable UpstreamSchema upstream;

    private RuleTester(@Nullable Set<String> rules, TargetVersion target, @Nullable UpstreamSchema upstream) {
        this.rules = rules;
        this.target = target;
        this.upstream = upstream;
    }

    /** A tester about these rules only. */
    public static RuleTester of(String... ruleIds) {
        Set<String> ids = new LinkedHashSet<>(List.of(ruleIds));
        Set<String> known = knownIds();
        for (String id : ids) {
            // a misspelt id would make every case pass vacuously
            assertThat(known).as("rule id under test").contains(id);
        }
        return new RuleTester(ids, TargetVersion.LATEST, null);
    }

    /** A tester about every rule of one catalogue section. */
    public static RuleTester ofCategory(Category category) {
        return of(BuiltInRules.catalogue().stream().filter(m -> m.category() == category).map(RuleMeta::id)
                .toArray(String[]::new));
    }

    /** A tester that compares the findings of every rule. */
    public static RuleTester all() {
        return new RuleTester(null, TargetVersion.LATEST, null);
    }

    /** The same tester for another OpenClaw release. */
    public RuleTester target(TargetVersion release) {
        return new RuleTester(rules, release, upstream);
    }

    /** The same tester with the user's {@code openclaw config schema} export ({@code --upstream-schema}); null for none. */
    public RuleTester upstream(@Nullable UpstreamSchema schema) {
        return new RuleTester(rules, target, schema);
    }

    /** The text after applying the fixes of these findings together (findings without a fix are skipped). */
    public static String appliedAll(String json5, List<Diagnostic> findings) {
        List<TextEdit> edits = findings.stream().map(Diagnostic::fix).filter(Objects::nonNull)
                .flatMap(f -> f.edits().stream()).toList();
        return TextEdits.apply(json5, edits);
    }

    /** The text after applying one finding's fix alone. */
    public static String applied(String json5, Diagnostic finding) {
        Fix fix = finding.fix();
        assertThat(fix).as("a fix on %s", finding.toLine()).isNotNull();
        return TextEdits.apply(json5, fix == null ? List.of() : fix.edits());
    }

    /** Asserts the rules under test find nothing in this config. */
    public RuleTester valid(String json5) {
        Path file = temp("valid.json5", json5);
        List<Finding> found = inScope(findings(check(requestFor(file))), rules);
        assertThat(found).as("findings of %s in a valid config:%n%s", scope(), json5).isEmpty();
        return this;
    }

    /** Asserts the findings of the rules under test are exactly those the config's {@code // expect:} markers name. */
    public RuleTester invalid(String json5WithMarkers) {
        FixtureFile fixture = FixtureFile.read(temp("invalid.json5", json5WithMarkers));
        assertThat(fixture.expectations()).as("an invalid case marks at least one finding").isNotEmpty();
        assertThat(compare(fixture, rules)).isEmpty();
        return this;
    }

    /** The findings of the rules under test, for assertions the markers cannot express. */
    public List<Diagnostic> diagnostics(String json5) {
        Path file = temp("case.json5", json5);
        return check(requestFor(file)).stream()
                .filter(d -> rules == null || rules.contains(d.ruleId())).toList();
    }

    /**
     * Asserts {@code clawlint fix}, limited to the rules under test, turns the input into exactly the
     * expected text; when it changed something, the rules under test find nothing fixable in the result.
     */
    public RuleTester fixesTo(String input, String expected) {
        assertThat(fix(input)).as("fix by %s of:%n%s", scope(), input).isEqualTo(expected);
        if (!expected.equals(input)) {
            assertThat(fix(expected)).as("a second fix by %s changes nothing", scope()).isEqualTo(expected);
        }
        return this;
    }

    /**
     * Applies every fix the rules under test attach in one check, all at once (not in the fixer's
     * passes), and asserts that there was one and that the rules are silent on the result.
     */
    public String applyFixes(String input) {
        List<Diagnostic> found = diagnostics(input);
        assertThat(found).as("fixes of %s", scope()).anyMatch(d -> d.fix() != null);
        String fixed = appliedAll(input, found);
        assertThat(diagnostics(fixed)).as("findings of %s after fixing", scope()).isEmpty();
        return fixed;
    }

    /** What {@code clawlint fix}, limited to the rules under test, writes for this input. */
    public String fix(String input) {
        FixOutcome out = new Fixer(BuiltInRules.all(), RuleSettings.DEFAULTS, target, SchemaValidator.forTarget(target), rules == null ? Set.of() : rules)
                .fix(input.getBytes(StandardCharsets.UTF_8), Path.of("t.json5"), "t.json5", Environment.unknown());
        assertThat(out.refusal()).as("fix refused").isNull();
        return out.fixed();
    }

    /**
     * Checks a fixture file as the fixture suite does: with its {@code // fixture:} options, about the
     * rules it declares ({@code rules=}), else the rules its markers name plus the rule its folder is
     * named after.
     *
     * @return an empty string when findings and markers agree, else the report of the difference
     */
    public static String compareFixture(FixtureFile fixture) {
        return compare(fixture, scopeOf(fixture));
    }

    /** The rules a fixture file is about; null for every rule. */
    public static @Nullable Set<String> scopeOf(FixtureFile fixture) {
        Set<String> declared = fixture.declaredRules();
        if (declared != null) {
            return declared.contains("all") ? null : declared;
        }
        Set<String> ids = new LinkedHashSet<>(fixture.expectedRuleIds());
        Path folder = fixture.path().getParent();
        if (folder != null && knownIds().contains(String.valueOf(folder.getFileName()))) {
            ids.add(String.valueOf(folder.getFileName()));
        }
        return ids;
    }

    private static String compare(FixtureFile fixture, @Nullable Set<String> rules) {
        return fixture.compare(inScope(findings(check(request(fixture))), rules));
    }

    /** The one mapping from core's findings to the harness's. */
    public static List<Finding> findings(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> new Finding(d.ruleId(), d.range().start().line(), d.range().start().column(), d.message()))
                .toList();
    }

    /** Every finding of {@code clawlint check} on a fixture run with its options. */
    public static List<Finding> findings(FixtureFile fixture) {
        return findings(check(request(fixture)));
    }

    /**
     * The check request a fixture's {@code // fixture:} options ask for: {@code target=2026.3},
     * {@code env=NAME=VALUE} (repeatable) and {@code env-file=FILE} (relative to the fixture) supply an
     * environment, which is otherwise unknown ({@code env=} alone supplies an empty one); {@code vram-gb=24};
     * {@code option=RULE.NAME=VALUE} sets a rule option ({@link #ruleOptions}).
     */
    public static CheckRequest request(FixtureFile fixture) {
        CheckRequest defaults = CheckRequest.of(List.of(fixture.path()));
        CheckRequest request = new CheckRequest(defaults.files(), targetOf(fixture), environment(fixture),
                ruleOptions(fixture, defaults.ruleSettings()), defaults.failOn());
        for (String vram : fixture.options().getOrDefault("vram-gb", List.of())) {
            request = request.withHardware(HardwareProfile.ofVramGb(vram));
        }
        return request;
    }

    /**
     * Rule options from {@code // fixture: option=RULE.NAME=VALUE} (VALUE in JSON5, without spaces), read as the
     * settings file reads them, e.g. {@code option=insecure-endpoint.allowedHosts=["gpu.example.org"]}.
     */
    private static RuleSettings ruleOptions(FixtureFile fixture, RuleSettings settings) {
        RuleSettings out = settings;
        for (String entry : fixture.options().getOrDefault("option", List.of())) {
            int dot = entry.indexOf('.');
            int eq = entry.indexOf('=');
            if (dot <= 0 || eq < dot) {
                throw new AssertionError(fixture.path() + ": option=" + entry + " is not RULE.NAME=VALUE");
            }
            String rule = entry.substring(0, dot);
            String name = entry.substring(dot + 1, eq);
            dev.clawlint.core.lint.RuleOption<?> option = BuiltInRules.options(rule).stream()
                    .filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(fixture.path() + ": " + rule + " has no option " + name));
            dev.clawlint.core.tree.Node value = java.util.Objects.requireNonNull(dev.clawlint.core.load.Json5Parser.parse(
                    new dev.clawlint.core.source.SourceFile("option", null, entry.substring(eq + 1))).root());
            out = out.withOption(rule, name, option.read(value));
        }
        return out;
    }

    private CheckRequest requestFor(Path file) {
        CheckRequest d = CheckRequest.of(List.of(file));
        return new CheckRequest(d.files(), target, Environment.unknown(), d.ruleSettings(), d.failOn())
                .withUpstreamSchema(upstream);
    }

    private static List<Diagnostic> check(CheckRequest request) {
        try {
            return new Clawlint().check(request).diagnostics();
        } catch (Exception e) {
            throw new AssertionError("clawlint check failed on " + request.files(), e);
        }
    }

    private static List<Finding> inScope(List<Finding> findings, @Nullable Set<String> rules) {
        return rules == null ? findings : findings.stream().filter(f -> rules.contains(f.ruleId())).toList();
    }

    private String scope() {
        return rules == null ? "every rule" : String.join(", ", rules);
    }

    private static Set<String> knownIds() {
        return BuiltInRules.catalogue().stream().map(RuleMeta::id).collect(Collectors.toSet());
    }

    private static Path temp(String name, String text) {
        try {
            return TestFiles.write(Files.createTempDirectory("clawlint-rule-tester"), name, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TargetVersion targetOf(FixtureFile fixture) {
        List<String> target = fixture.options().getOrDefault("target", List.of());
        return target.isEmpty() ? TargetVersion.LATEST : TargetVersion.parse(target.get(target.size() - 1));
    }

    private static Environment environment(FixtureFile fixture) {
        List<String> pairs = fixture.options().getOrDefault("env", List.of());
        List<String> envFiles = fixture.options().getOrDefault("env-file", List.of());
        if (pairs.isEmpty() && envFiles.isEmpty()) {
            return Environment.unknown();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        try {
            for (String file : envFiles) {
                vars.putAll(DotEnv.read(fixture.path().resolveSibling(file)));
            }
        } catch (Exception e) {
            throw new AssertionError("env-file of " + fixture.path(), e);
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
