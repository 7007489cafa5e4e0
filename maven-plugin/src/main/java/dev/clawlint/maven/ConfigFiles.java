package dev.clawlint.maven;

import dev.clawlint.core.util.Globs;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the config files of one Maven project: the files under its base directory that match an
 * include pattern and no exclude pattern, relative to the base directory.
 *
 * <p>Patterns are globs as Ant and Maven users write them: {@code **}{@code /} stands for any
 * number of directories, none included ({@code **}{@code /openclaw.json} matches
 * {@code openclaw.json}, {@code conf/**}{@code /*.json5} matches {@code conf/a.json5}), which
 * java.nio globs alone do not do; a trailing {@code /} means everything below. Two kinds of directory are
 * never entered: the build directory (it holds copies, not sources) and a subdirectory with its own
 * {@code pom.xml}, which is another Maven project and checks its own configs — otherwise a
 * multi-module build would report each module's findings twice.
 */
final class ConfigFiles {
    /** What {@code check} looks for when neither {@code files} nor {@code includes} is set. */
    static final List<String> DEFAULT_INCLUDES =
            List.of("openclaw.json", "**/openclaw.json", "**/*.openclaw.json", "**/openclaw.json5");

    private final Path baseDirectory;
    private final Path buildDirectory;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    /**
     * The files a check covers: the named {@code files} (relative to the base directory), and the
     * matches of {@code includes} ({@link #DEFAULT_INCLUDES} when neither is given) minus
     * {@code excludes}; absolute, each once.
     */
    static List<Path> select(Path baseDirectory, Path buildDirectory, List<File> files, List<String> includes,
            List<String> excludes) throws IOException {
        Set<Path> all = new LinkedHashSet<>();
        Path base = baseDirectory.toAbsolutePath();
        for (File f : files) {
            all.add(base.resolve(f.toPath()).normalize());
        }
        if (!includes.isEmpty() || files.isEmpty()) {
            List<String> patterns = includes.isEmpty() ? DEFAULT_INCLUDES : includes;
            all.addAll(new ConfigFiles(base, buildDirectory, patterns, excludes).find());
        }
        return List.copyOf(all);
    }

    ConfigFiles(Path baseDirectory, Path buildDirectory, List<String> includes, List<String> excludes) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.buildDirectory = buildDirectory.toAbsolutePath().normalize();
        FileSystem fs = this.baseDirectory.getFileSystem();
        this.includes = matchers(fs, includes);
        this.excludes = matchers(fs, excludes);
    }

    /**
     * The matching files, absolute and sorted.
     *
     * @throws IOException when a directory cannot be listed
     * @throws IllegalArgumentException when a pattern is not a valid glob
     */
    List<Path> find() throws IOException {
        TreeSet<Path> found = new TreeSet<>();
        if (!Files.isDirectory(baseDirectory)) {
            return List.of();
        }
        Files.walkFileTree(baseDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean otherProject = !dir.equals(baseDirectory) && Files.isRegularFile(dir.resolve("pom.xml"));
                return dir.equals(buildDirectory) || otherProject ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path relative = baseDirectory.relativize(file);
                if (attrs.isRegularFile() && matchesAny(includes, relative) && !matchesAny(excludes, relative)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return List.copyOf(found);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    private static List<PathMatcher> matchers(FileSystem fs, List<String> patterns) {
        List<PathMatcher> result = new ArrayList<>();
        for (String raw : patterns) {
            String pattern = raw.trim().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.endsWith("/")) {
                pattern = pattern + "**";
            }
            for (String variant : Globs.zeroDirectoryVariants(pattern)) {
                result.add(fs.getPathMatcher("glob:" + variant));
            }
        }
        return result;
    }
}
