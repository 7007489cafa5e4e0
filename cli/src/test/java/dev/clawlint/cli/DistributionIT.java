package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution the build makes (cli/target/clawlint-VERSION.tar.gz and .zip) unpacked into a temporary folder:
 * its bin/clawlint runs check from any working directory with nothing but a JDK, and the zip holds the same files.
 */
class DistributionIT {
    /** The cli module's build folder (failsafe runs with the module as working directory and sets basedir). */
    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");

    @TempDir
    Path dir;

    @Test
    void theUnpackedTarballChecksAConfigFromAnotherFolder() throws Exception {
        Path home = unpack();
        Path launcher = home.resolve("bin/clawlint");
        assertThat(Files.isExecutable(launcher)).as("bin/clawlint is executable").isTrue();
        assertThat(home.resolve("lib/clawlint.jar")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();

        Path work = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(work.resolve("openclaw.json"), "{\n  \"gateway\": {\"port\": 18789, \"frobnicate\": true}\n}\n");
        Result check = run(work, launcher.toString(), "check", "--no-source");
        assertThat(check.code()).as(check.out()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(check.out()).startsWith("openclaw.json:2:30: error: Unknown key \"frobnicate\"");

        // under the C locale too, standard output is UTF-8: the same bytes as the report -o writes
        Files.writeString(work.resolve("openclaw.json"), "{ \"gatew\u00e4y\": { \"port\": 18789 } }\n");
        Result piped = run(work, Map.of("LC_ALL", "C", "LANG", "C"), launcher.toString(), "check");
        Result written = run(work, Map.of("LC_ALL", "C", "LANG", "C"), launcher.toString(), "check", "-o", "report.txt");
        assertThat(written.out()).isEmpty();
        assertThat(piped.out()).contains("\"gatew\u00e4y\"").isEqualTo(Files.readString(work.resolve("report.txt")));

        Result version = run(work, launcher.toString(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("clawlint");
    }

    @Test
    void theZipHoldsTheSameFiles() throws IOException {
        Path zip = only(".zip");
        List<String> names = new ArrayList<>();
        String root = zip.getFileName().toString().replace(".zip", "") + "/";
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).forEach(names::add);
        }
        assertThat(names).containsExactlyInAnyOrder(root + "bin/clawlint", root + "lib/clawlint.jar", root + "README.md",
                root + "completion/clawlint.bash", root + "completion/clawlint.fish");
    }

    /**
     * The first check on a JVM makes what speeds up the next ones (on JDK 25+ an AOT cache, made by a training run
     * after the user's; before, a class-data archive) without a byte of its own in that run's output; a JDK 25 at
     * {@code clawlint.test.jdk25} (default: where Temurin's package puts it) is tried too when there is one.
     */
    @Test
    void theFirstRunMakesTheStartUpCacheOfItsJvmAndPrintsOnlyItsReport() throws Exception {
        Path launcher = unpack().resolve("bin/clawlint");
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("openclaw.json"), "{ gateway: { port: 18789, frobnicate: true } }\n");
        Path jdk25 = Path.of(System.getProperty("clawlint.test.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        Map<Path, String> made = new java.util.LinkedHashMap<>();
        made.put(Path.of(System.getProperty("java.home")), Runtime.version().feature() >= 25 ? ".aot" : ".jsa");
        if (Files.isExecutable(jdk25.resolve("bin/java"))) {
            made.put(jdk25, ".aot");
        }
        for (Map.Entry<Path, String> jvm : made.entrySet()) {
            Map<String, String> env = Map.of("JAVA_HOME", jvm.getKey().toString(), "XDG_CACHE_HOME", dir.resolve("cache-" + jvm.getKey().getFileName()).toString());
            Result first = run(work, env, launcher.toString(), "check", "--format", "json");
            Result second = run(work, env, launcher.toString(), "check", "--format", "json");
            assertThat(first.code()).as(first.out()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(first.out()).as(jvm.getKey().toString()).startsWith("{").endsWith("}\n").contains("frobnicate")
                    .isEqualTo(second.out());
            try (var cached = Files.list(Path.of(env.get("XDG_CACHE_HOME"), "clawlint"))) {
                assertThat(cached.map(p -> p.getFileName().toString())).as(jvm.getKey().toString())
                        .anyMatch(name -> name.endsWith(jvm.getValue())).noneMatch(name -> name.matches(".*\\.aot\\.\\d+.*"));
            }
        }
    }

    private Path unpack() throws Exception {
        Path tarball = only(".tar.gz");
        run(dir, "tar", "-xzf", tarball.toString());
        return dir.resolve(tarball.getFileName().toString().replace(".tar.gz", ""));
    }

    @Test
    void theDockerfileCopiesTheTarballTheBuildMakes() throws IOException {
        Path root = TARGET.toAbsolutePath().getParent().getParent();
        String dockerfile = Files.readString(root.resolve("Dockerfile"));
        java.util.regex.Matcher copy = java.util.regex.Pattern.compile("(?m)^COPY (\\S+) ").matcher(dockerfile);
        assertThat(copy.find()).as("a COPY line in the Dockerfile").isTrue();
        java.nio.file.PathMatcher glob = root.getFileSystem().getPathMatcher("glob:" + copy.group(1));
        assertThat(glob.matches(root.relativize(only(".tar.gz")))).as(copy.group(1)).isTrue();
        assertThat(dockerfile).contains("ln -s /opt/clawlint/bin/clawlint").contains("ENTRYPOINT [\"clawlint\"]");
    }

    private static Path only(String suffix) throws IOException {
        try (var files = Files.list(TARGET)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith("clawlint-")
                    && p.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("the distribution " + suffix + " in " + TARGET).hasSize(1);
            return found.get(0);
        }
    }

    private record Result(int code, String out) {}

    private Result run(Path cwd, String... command) throws Exception {
        return run(cwd, Map.of(), command);
    }

    private Result run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finishes", String.join(" ", command)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
