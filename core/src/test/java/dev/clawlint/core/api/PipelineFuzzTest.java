package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.fix.FixFileResult;
import dev.clawlint.core.fix.FixRequest;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.load.Json5Parser;
import dev.clawlint.core.load.ParsedFile;
import dev.clawlint.core.report.ReportFiles;
import dev.clawlint.core.report.ReportOptions;
import dev.clawlint.core.report.Reporters;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structure-aware mutants of real configs (the corpus and every rule fixture) through the whole pipeline: load,
 * resolve, lint, every report format, fix. Whatever the input, no exception escapes, every finding lies inside its
 * file, every format is well-formed and written to a file byte for byte as to standard output, a fix keeps every
 * comment and every member it was not asked about, and a fix applied twice changes nothing the second time.
 *
 * <p>Mutants come from a seeded {@link Random}, so a failure names the seed and the mutant's number and is replayed
 * with {@code -Dclawlint.fuzz.seed=S}. The build runs {@value #DEFAULT_TRIES} mutants of a fixed seed; a long run:
 * {@code ./mvnw -B test -pl core -am -Dtest=PipelineFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dclawlint.fuzz.tries=20000 -Dclawlint.fuzz.seed=$RANDOM}.
 */
class PipelineFuzzTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SEEDS = seeds();
    /** Values at the edges of what JSON5 numbers and OpenClaw's integer fields allow. */
    private static final List<String> EDGE_NUMBERS = List.of("1e19", "-0", "1e400", "NaN", "-Infinity", "9007199254740993",
            "0x7fffffffffffffff", "-1", "0.5", "1e-400", "18446744073709551616");
    private static final List<String> BROKEN_TEXT = List.of("\"unterminated", "\"\\ud800\"", "\u0000", "/* open comment",
            "\"\\u001b[31m\"", "\"sk-ant-api03-" + "A".repeat(40) + "\"", "\"http://user:hunter2@host:11434\"", "}", "]", ",,",
            "$include", "\"${SECRET_TOKEN}\"", "\ufeff", "'single'", "Infinity");

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "junit", "checkstyle");
    private static final int DEFAULT_TRIES = 2000;
    /** Mutants left out of the timings: the first ones also pay for class loading and the JIT (the first, 10 s and more). */
    private static final int WARM_UP = 100;
    private static final long DEFAULT_SEED = 20261203L;

    @TempDir
    Path dir;

    @Test
    void noInputBreaksThePipeline() throws Exception {
        int tries = Integer.getInteger("clawlint.fuzz.tries", DEFAULT_TRIES);
        long seed = Long.getLong("clawlint.fuzz.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        Timings timings = new Timings();
        for (int i = 1; i <= tries; i++) {
            String mutant = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random.nextInt(10),
                    random.nextInt(Integer.MAX_VALUE), 1 + random.nextInt(3));
            try {
                long started = System.nanoTime();
                passesThePipeline(mutant, FORMATS.get(i % FORMATS.size()));
                if (i > WARM_UP) {
                    timings.add(mutant.length(), System.nanoTime() - started);
                }
                if (i % 25_000 == 0) {
                    // a long run that is stopped early still says how far it got
                    System.out.println("fuzz: " + i + " mutants of seed " + seed + " passed; " + timings);
                }
            } catch (Exception | AssertionError e) {
                throw new AssertionError("mutant " + i + " of seed " + seed + " (replay: -Dclawlint.fuzz.seed=" + seed
                        + " -Dclawlint.fuzz.tries=" + i + "):\n" + mutant, e);
            }
        }
        if (System.getProperty("clawlint.fuzz.tries") != null) {
            // a long run reports its figures (README, Guarantees); the build's short run stays quiet
            System.out.println("fuzz: " + tries + " mutants of seed " + seed + ", no failure; " + timings);
        }
    }

    /** How long mutants took through the whole pipeline after the warm-up: the slowest, and the most per 100 KB of input. */
    private static final class Timings {
        private long total;
        private long slowest;
        private int slowestChars;
        private double worstPer100Kb;
        private int worstChars;

        void add(int chars, long nanos) {
            total += nanos;
            if (nanos > slowest) {
                slowest = nanos;
                slowestChars = chars;
            }
            // below 10 KB the fixed cost of a run (engine, reports, fix) hides the growth
            double per100Kb = chars < 10_000 ? 0 : nanos / (chars / 100_000.0);
            if (per100Kb > worstPer100Kb) {
                worstPer100Kb = per100Kb;
                worstChars = chars;
            }
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f s in all; slowest mutant %d ms (%d chars); at most %.0f ms per"
                    + " 100 KB of input at 10 KB or more (%d chars)", total / 1e9, slowest / 1_000_000, slowestChars,
                    worstPer100Kb / 1e6, worstChars);
        }
    }

    /**
     * Runs one mutant through everything; the report of {@code writtenFormat} is also written as {@code -o} does (one
     * format per mutant, in turn: a file per format per mutant would be most of the run's time).
     */
    private void passesThePipeline(String text, String writtenFormat) throws Exception {
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CheckResult result = new Clawlint().check(CheckRequest.of(List.of(file)));
        for (FileResult f : result.files()) {
            for (Diagnostic d : f.diagnostics()) {
                SourceFile source = f.sources().get(d.file());
                if (source != null) {
                    assertThat(d.range().start().line()).as(d.toLine()).isBetween(1, Math.max(1, source.lineCount()));
                    assertThat(d.range().end().line()).as(d.toLine()).isBetween(1, Math.max(1, source.lineCount()));
                }
            }
        }
        for (String format : FORMATS) {
            String report = Reporters.byName(format, new ReportOptions(true, false, dir)).render(result);
            if (format.equals(writtenFormat)) {
                // -o writes the bytes standard output prints (both UTF-8, a lone surrogate as '?')
                Path written = dir.resolve("report." + format);
                ReportFiles.write(written, report);
                assertThat(Files.readAllBytes(written)).as(format + " -o").isEqualTo(stdout(report));
            }
            if (format.equals("json") || format.equals("sarif")) {
                JSON.readTree(report);
            } else if (format.equals("junit") || format.equals("checkstyle")) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
            }
        }
        FixFileResult first = new Clawlint().fix(FixRequest.of(List.of(file))).get(0);
        if (first.written()) {
            String fixed = Files.readString(file, StandardCharsets.UTF_8);
            // a member the fix was not asked about stays: what is gone lies at or below a finding that offers a fix
            // (one fix may settle several findings of its rule: a provider's compat flags go together)
            Set<String> asked = new java.util.HashSet<>();
            first.outcome().applied().forEach(f -> asked.add(anyIndex(f.pointer())));
            result.diagnostics().stream().filter(d -> d.fix() != null).forEach(d -> asked.add(anyIndex(d.pointer())));
            Set<String> kept = memberPaths(fixed);
            for (String path : memberPaths(text)) {
                if (!kept.contains(path)) {
                    assertThat(asked).as("the fix removed %s, which no fixable finding covers:\n%s", path, first.diff())
                            .anyMatch(a -> path.equals(a) || path.startsWith(a + "/"));
                }
            }
            List<String> before = comments(text);
            List<String> after = comments(fixed);
            for (String comment : new java.util.LinkedHashSet<>(before)) {
                assertThat(java.util.Collections.frequency(after, comment)).as("the fix keeps the comment %s:\n%s",
                        comment, first.diff()).isGreaterThanOrEqualTo(java.util.Collections.frequency(before, comment));
            }
            FixFileResult again = new Clawlint().fix(FixRequest.of(List.of(file))).get(0);
            assertThat(again.outcome().changed()).as("a second fix changes nothing:\n%s", again.diff()).isFalse();
        }
    }

    /** The bytes the CLI prints for a report: its standard output is UTF-8 whatever the locale. */
    private static byte[] stdout(String report) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintWriter out = dev.clawlint.core.report.ReportFiles.utf8(bytes);
        out.print(report);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The JSON Pointer of every member of a config that parses (none otherwise), array indexes as {@code *}: removing an
     * element shifts the indexes of the ones after it, which is no member lost.
     */
    private static Set<String> memberPaths(String text) {
        ParsedFile parsed = Json5Parser.parse(new SourceFile("c.json5", null, text));
        Set<String> out = new java.util.HashSet<>();
        if (parsed.problem() == null && parsed.root() != null) {
            List<java.util.Map.Entry<String, dev.clawlint.core.tree.Node>> todo = new ArrayList<>();
            todo.add(java.util.Map.entry("", parsed.root()));
            while (!todo.isEmpty()) {
                var next = todo.remove(todo.size() - 1);
                if (next.getValue() instanceof dev.clawlint.core.tree.ObjectNode o) {
                    for (dev.clawlint.core.tree.Member m : o.members()) {
                        String path = dev.clawlint.core.tree.JsonPointer.child(next.getKey(), m.key());
                        out.add(path);
                        todo.add(java.util.Map.entry(path, m.value()));
                    }
                } else if (next.getValue() instanceof dev.clawlint.core.tree.ArrayNode a) {
                    a.elements().forEach(e -> todo.add(java.util.Map.entry(next.getKey() + "/*", e)));
                }
            }
        }
        return out;
    }

    /** A pointer with its array indexes (and numeric keys) as {@code *}, as {@link #memberPaths} writes them. */
    private static String anyIndex(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    /** The text of every comment of a config that parses (none otherwise), trimmed. */
    private static List<String> comments(String text) {
        ParsedFile parsed = Json5Parser.parse(new SourceFile("c.json5", null, text));
        return parsed.problem() != null ? List.of() : parsed.comments().stream().map(c -> c.text().strip()).toList();
    }

    /** One to three structure-aware edits of a seed: what people and copy-paste do to configs. */
    private static String mutate(String seed, int kind, int where, int times) {
        String text = seed;
        for (int i = 0; i < times; i++) {
            text = edit(text, (kind + i) % 10, where / (i + 1));
        }
        return text;
    }

    private static String edit(String text, int kind, int where) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = where % Math.max(1, lines.size());
        switch (kind) {
            case 0 -> lines.remove(at); // a member deleted
            case 1 -> lines.add(at, lines.get(at)); // a member duplicated (a duplicate key, or a syntax error)
            case 2 -> lines.set(at, lines.get(at).replaceFirst("-?\\d+(\\.\\d+)?", quoted(EDGE_NUMBERS.get(where % EDGE_NUMBERS.size()))));
            case 3 -> lines.set(at, lines.get(at).replaceFirst("\"[^\"]*\"", quoted(BROKEN_TEXT.get(where % BROKEN_TEXT.size()))));
            case 4 -> lines.add(at, "  // clawlint-disable-next-line -- a comment \u00e9\u4e2d\ud83d\ude00");
            case 5 -> { // a value retyped: a string becomes an object, an array or null
                String[] shapes = {"{}", "[]", "null", "true", "{ \"a\": [1, {}] }"};
                lines.set(at, lines.get(at).replaceFirst(":\\s*\"[^\"]*\"", quoted(": " + shapes[where % shapes.length])));
            }
            case 6 -> {
                return text.replace("\n", where % 2 == 0 ? "\r" : "\r\n"); // CR-only or CRLF line ends
            }
            case 7 -> {
                int depth = 50 + where % 400;
                return "{ \"deep\": " + "[".repeat(depth) + "]".repeat(depth) + ", " + text.strip().substring(Math.min(1, text.strip().length()));
            }
            case 8 -> { // the same key a thousand times
                StringBuilder keys = new StringBuilder("{\n");
                for (int i = 0; i < 1000; i++) {
                    keys.append("  \"gateway\": { \"port\": ").append(i).append(" },\n");
                }
                return keys.append(text.strip().substring(Math.min(1, text.strip().length()))).toString();
            }
            default -> lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2)); // a line cut in half
        }
        return String.join("\n", lines);
    }

    private static String quoted(String replacement) {
        return java.util.regex.Matcher.quoteReplacement(replacement);
    }

    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        try {
            List<Path> files = new ArrayList<>(Fixtures.files(Fixtures.fixtures(), ".json", ".json5"));
            files.addAll(Fixtures.files(Fixtures.data("corpus"), ".json", ".json5"));
            files.addAll(Fixtures.files(Fixtures.repositoryRoot().resolve("examples"), ".json", ".json5", ".txt"));
            files.addAll(Fixtures.files(Fixtures.data("json5-tests"), ".json", ".json5", ".txt", ".js"));
            Set<String> seen = new java.util.HashSet<>();
            for (Path p : files) {
                // the few fixtures that are not UTF-8 on purpose become text with U+FFFD in them
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                if (text.length() < 200_000 && seen.add(text)) {
                    out.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out).hasSizeGreaterThan(100);
        return List.copyOf(out);
    }
}
