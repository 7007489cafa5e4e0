package dev.clawlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs every benchmark (JMH here, whole-process in {@code bench/compare.sh}) runs on, by name:
 * {@code typical} (a local-provider config, {@code examples/clean/ollama-local.json5}), {@code largest} (the
 * largest config of the real-world corpus), {@code corpus} (all of it), {@code providers-1000} and
 * {@code providers-10000} ({@link GeneratedConfigs}, written to a temp folder unless
 * {@code -Dclawlint.generated=DIR} names one).
 */
public final class BenchCases {
    /** The case names, in the order reports list them. */
    public static final List<String> NAMES = List.of("typical", "largest", "corpus", "providers-1000", "providers-10000");

    private BenchCases() {
    }

    /** The repository root: {@code -Dclawlint.repo}, else the nearest folder up from here that has the corpus. */
    public static Path repo() {
        String set = System.getProperty("clawlint.repo");
        if (set != null) {
            return Paths.get(set).toAbsolutePath();
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(CORPUS))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository, or set -Dclawlint.repo=DIR");
    }

    private static final String CORPUS = "src-test-fixtures/data/corpus/real";

    /** Every config of the real-world corpus, sorted by name. */
    public static List<Path> corpus() {
        Path dir = Paths.get(System.getProperty("clawlint.corpus", repo().resolve(CORPUS).toString()));
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".json5")).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no corpus files in " + dir.toAbsolutePath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest config of the corpus (by bytes; the name breaks ties). */
    public static Path largest() {
        return corpus().stream().max(Comparator.<Path>comparingLong(BenchCases::size)
                .thenComparing(Comparator.<Path>naturalOrder().reversed())).orElseThrow();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of a case.
     *
     * @param generated where generated configs go (made on first use)
     */
    public static List<Path> files(String name, Path generated) throws IOException {
        switch (name) {
            case "typical":
                return List.of(repo().resolve("examples/clean/ollama-local.json5"));
            case "largest":
                return List.of(largest());
            case "corpus":
                return corpus();
            default:
                if (name.startsWith("providers-")) {
                    return List.of(GeneratedConfigs.write(generated, Integer.parseInt(name.substring("providers-".length()))));
                }
                throw new IllegalArgumentException("unknown case " + name + "; known: " + NAMES);
        }
    }

    /** The folder for generated configs: {@code -Dclawlint.generated}, else a new temp folder. */
    public static Path generatedDir() throws IOException {
        String set = System.getProperty("clawlint.generated");
        return set != null ? Paths.get(set) : Files.createTempDirectory("clawlint-bench");
    }

    /** Deletes a temp folder of generated configs (never one named with {@code -Dclawlint.generated}). */
    public static void cleanUp(Path generated) throws IOException {
        if (System.getProperty("clawlint.generated") != null) {
            return;
        }
        try (Stream<Path> s = Files.walk(generated)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
