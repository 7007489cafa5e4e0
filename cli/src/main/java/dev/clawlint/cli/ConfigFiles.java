package dev.clawlint.cli;

import dev.clawlint.core.load.ConfigDiscovery;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.util.Globs;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The files a command works on. Each argument is a file; {@code -} (standard input); a directory, searched
 * recursively for the file names OpenClaw and the Maven plugin use ({@link #CONFIG_NAMES}), skipping
 * {@link #SKIPPED_DIRECTORIES}; or a glob that the shell did not expand ({@code 'conf/**}{@code /*.json5'}),
 * expanded here. With no argument: {@code ./openclaw.json} or {@code ./openclaw.json5}, else the file OpenClaw
 * itself would read.
 */
final class ConfigFiles {
    /** What a directory argument is searched for: OpenClaw's names, and the Maven plugin's default includes. */
    static final List<String> CONFIG_NAMES = List.of("openclaw.json", "openclaw.json5", "*.openclaw.json", "clawdbot.json");

    /** Never entered when a directory or a glob is searched. */
    static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", "target", ".git");

    /** The path that stands for standard input. */
    static final Path STDIN = Path.of("-");

    /** Checked in the working directory, in this order, before OpenClaw's own places when no FILE is named. */
    static final List<String> WORKING_DIRECTORY_NAMES = List.of("openclaw.json", "openclaw.json5");

    private ConfigFiles() {}

    /**
     * The files to work on, each once, in the order named (a directory's or a glob's matches sorted).
     *
     * @param named the arguments as given
     * @param command the command name, for the message that suggests naming a file
     * @throws ConfigReadException when nothing is named and nothing is found, or a directory or glob matches
     *     no config file (one line naming it)
     */
    static List<Path> expand(List<String> named, Map<String, String> env, String command) throws ConfigReadException {
        if (named.isEmpty()) {
            return List.of(discovered(env, command));
        }
        Set<Path> out = new LinkedHashSet<>();
        for (String arg : named) {
            if (arg.equals("-")) {
                out.add(STDIN);
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                throw new ConfigReadException(arg + ": not a usable file name (" + e.getReason() + ")");
            }
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path, null);
                if (found.isEmpty()) {
                    throw new ConfigReadException(arg + ": no OpenClaw config file (" + String.join(", ", CONFIG_NAMES)
                            + ") in this directory or below it");
                }
                out.addAll(found);
            } else if (!Files.exists(path) && isGlob(arg)) {
                List<Path> found = glob(arg);
                if (found.isEmpty()) {
                    throw new ConfigReadException(arg + ": no file matches this pattern");
                }
                out.addAll(found);
            } else {
                out.add(path); // a file, or a name that does not exist: the check reports it as unreadable
            }
        }
        return List.copyOf(out);
    }

    /** The named paths as they are (no globs, no directories), or the discovered config when none is named. */
    static List<Path> namedOrDiscovered(List<Path> named, Map<String, String> env, String command)
            throws ConfigReadException {
        return named.isEmpty() ? List.of(discovered(env, command)) : named;
    }

    /** {@code ./openclaw.json}, {@code ./openclaw.json5}, else OpenClaw's own discovery order. */
    private static Path discovered(Map<String, String> env, String command) throws ConfigReadException {
        return discovered(env, command, Path.of(""));
    }

    /** As {@link #discovered(Map, String)}, from this working directory ({@code ""} for the process's). */
    static Path discovered(Map<String, String> env, String command, Path workingDir) throws ConfigReadException {
        List<Path> tried = new ArrayList<>();
        for (String name : WORKING_DIRECTORY_NAMES) {
            Path local = workingDir.resolve(name);
            tried.add(local.toAbsolutePath());
            if (Files.isRegularFile(local)) {
                return local;
            }
        }
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ".")));
        ConfigDiscovery.Result found = ConfigDiscovery.discover(env, home, workingDir.toAbsolutePath());
        if (found.found().isPresent()) {
            return found.found().get();
        }
        tried.addAll(found.tried());
        StringBuilder list = new StringBuilder();
        for (Path p : tried) {
            list.append(System.lineSeparator()).append("  ").append(p);
        }
        throw new ConfigReadException("no FILE given and no OpenClaw config found in the working directory or where"
                + " OpenClaw looks for one; tried:" + list + System.lineSeparator() + "Name the file: clawlint " + command
                + " FILE (see 'clawlint help " + command + "')");
    }

    static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The regular files matching a glob ({@code **} spans directories, none included), relative as written. */
    private static List<Path> glob(String pattern) throws ConfigReadException {
        String normal = pattern.replace('\\', '/');
        int firstMeta = 0;
        while (firstMeta < normal.length() && "*?[{".indexOf(normal.charAt(firstMeta)) < 0) {
            firstMeta++;
        }
        int slash = normal.lastIndexOf('/', firstMeta);
        String rootText = slash < 0 ? "" : normal.substring(0, slash + 1);
        Path root = rootText.isEmpty() ? Path.of("") : Path.of(rootText);
        if (!rootText.isEmpty() && !Files.isDirectory(root)) {
            return List.of();
        }
        List<PathMatcher> matchers = new ArrayList<>();
        try {
            for (String variant : Globs.zeroDirectoryVariants(normal.substring(rootText.length()))) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigReadException(pattern + ": not a usable pattern (" + e.getMessage() + ")");
        }
        return walk(root, matchers);
    }

    /**
     * The regular files below {@code root}, sorted: those whose path relative to root matches one of
     * {@code matchers}, or, with none, those with a config file name.
     */
    private static List<Path> walk(Path root, @Nullable List<PathMatcher> matchers) throws ConfigReadException {
        TreeSet<Path> found = new TreeSet<>();
        PathMatcher names = FileSystems.getDefault().getPathMatcher("glob:{" + String.join(",", CONFIG_NAMES) + "}");
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    boolean skipped = !dir.equals(root) && name != null
                            && SKIPPED_DIRECTORIES.contains(name.toString().toLowerCase(Locale.ROOT));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path relative = root.relativize(file);
                    Path name = file.getFileName();
                    boolean match = matchers == null ? name != null && names.matches(name)
                            : matchers.stream().anyMatch(m -> m.matches(relative));
                    if (match) {
                        found.add(file.normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable corner of the tree is not a config file
                }
            });
        } catch (IOException e) {
            throw new ConfigReadException(root + ": cannot list: " + e.getMessage());
        }
        return List.copyOf(found);
    }
}
