package dev.clawlint.bench;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.fix.Fixer;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.LintEngine;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.report.Reporter;
import dev.clawlint.core.report.Reporters;
import dev.clawlint.core.resolve.ConfigResolver;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.tree.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state cost of each stage of a check, on each case of {@link BenchCases}: reading and parsing
 * ({@code readParse}: read, decode, JSON5 with positions, includes, {@code ${VAR}}), schema validation against
 * the target release (curated plus the release's own schema, already compiled), the rules alone (on a target
 * whose schema violations and effective config are already computed), resolving the effective config, an
 * in-memory fix (load, lint, apply, re-lint until stable), each report format, and the whole check. Everything
 * a stage consumes is made in {@link #setUp()}, outside the measurement; every result goes to a
 * {@link Blackhole}. Schema compilation, a one-off cost, is {@link SchemaCompileBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {
    /** The input (see {@link BenchCases}). */
    @Param({"typical", "largest", "corpus", "providers-1000", "providers-10000"})
    public String input = "typical";

    private final ConfigLoader loader = new ConfigLoader();
    private final Clawlint clawlint = new Clawlint();
    private final LintEngine engine = new LintEngine(BuiltInRules.all(), RuleSettings.DEFAULTS);
    private final Fixer fixer = new Fixer(BuiltInRules.all(), RuleSettings.DEFAULTS, null, null, Set.of());
    private final Reporter text = Reporters.byName("text");
    private final Reporter json = Reporters.byName("json");
    private final Reporter sarif = Reporters.byName("sarif");
    private final Environment environment = Environment.unknown();

    private Path generated = Path.of("");
    private List<Path> files = List.of();
    private final List<byte[]> bytes = new ArrayList<>();
    /** The parsed files (a file that does not parse has no document and is left out of the later stages). */
    private final List<Parsed> parsed = new ArrayList<>();
    private CheckRequest request = CheckRequest.of(List.of());
    private CheckResult result = new CheckResult(List.of(), dev.clawlint.core.finding.Severity.ERROR);

    private record Parsed(Path file, Document document, TargetVersion target, SchemaValidator validator, LintTarget primed) {
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException, ConfigReadException {
        generated = BenchCases.generatedDir();
        files = BenchCases.files(input, generated);
        for (Path file : files) {
            bytes.add(Files.readAllBytes(file));
            LoadedConfig loaded = loader.load(file, file.toString(), environment);
            Document document = loaded.document();
            if (document == null) {
                continue;
            }
            TargetVersion target = TargetChoice.choose(null, document).target();
            SchemaValidator validator = SchemaValidator.forTarget(target);
            LintTarget primed = new LintTarget(loaded, target, validator);
            primed.schemaViolations(); // compiles the sections this file uses, and caches its violations
            primed.effective();
            parsed.add(new Parsed(file, document, target, validator, primed));
        }
        request = CheckRequest.of(files);
        result = clawlint.check(request);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        BenchCases.cleanUp(generated);
    }

    /** Read, decode and parse every file of the case (with includes and {@code ${VAR}} substitution). */
    @Benchmark
    public void readParse(Blackhole bh) throws ConfigReadException {
        for (Path file : files) {
            bh.consume(loader.load(file, file.toString(), environment));
        }
    }

    /** Schema validation of every parsed file against its target release (compiled in setup). */
    @Benchmark
    public void schemaValidate(Blackhole bh) {
        for (Parsed p : parsed) {
            bh.consume(p.validator().validate(p.document()));
        }
    }

    /** Every rule on every file, with the schema violations and effective config already computed. */
    @Benchmark
    public void rules(Blackhole bh) {
        for (Parsed p : parsed) {
            bh.consume(engine.lint(p.primed()));
        }
    }

    /** The effective config of every file. */
    @Benchmark
    public void resolve(Blackhole bh) {
        for (Parsed p : parsed) {
            bh.consume(ConfigResolver.resolve(p.document(), p.target(), environment));
        }
    }

    /** An in-memory fix of every file (nothing is written). */
    @Benchmark
    public void fix(Blackhole bh) {
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            bh.consume(fixer.fix(bytes.get(i), file, file.toString(), environment));
        }
    }

    /** The text report of the case's check result. */
    @Benchmark
    public String reportText() {
        return text.render(result);
    }

    /** The JSON report. */
    @Benchmark
    public String reportJson() {
        return json.render(result);
    }

    /** The SARIF report. */
    @Benchmark
    public String reportSarif() {
        return sarif.render(result);
    }

    /** The whole check of the case, as {@code clawlint check} runs it (without the report). */
    @Benchmark
    public CheckResult check() throws ConfigReadException {
        return clawlint.check(request);
    }
}
