package dev.clawlint.bench;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.load.Json5Parser;
import dev.clawlint.core.load.ParsedFile;
import dev.clawlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state cost of the two halves of a check over the real-world corpus: reading JSON5 with
 * positions, and the whole load-lint pipeline. Run with {@code bench/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {
    private final List<Path> files = new ArrayList<>();
    private final List<SourceFile> sources = new ArrayList<>();
    private Clawlint clawlint;

    @Setup
    public void setUp() throws IOException {
        files.addAll(BenchCases.corpus());
        for (Path p : files) {
            sources.add(new SourceFile(p.toString(), p, new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
        }
        clawlint = new Clawlint();
    }

    /** JSON5 reading with spans and comments, every corpus file once. */
    @Benchmark
    public void parseCorpus(Blackhole bh) {
        for (SourceFile s : sources) {
            ParsedFile parsed = Json5Parser.parse(s);
            bh.consume(parsed);
        }
    }

    /** The whole check (read, decode, parse, validate, every rule) of every corpus file, in one request. */
    @Benchmark
    public CheckResult checkCorpus() throws Exception {
        return clawlint.check(CheckRequest.of(files));
    }
}
