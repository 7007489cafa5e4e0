package dev.clawlint.core.load;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads a config file the way OpenClaw does: bytes, UTF-8 text, JSON5, then {@code $include} and
 * {@code ${VAR}} substitution, keeping every node's file and span.
 */
public final class ConfigLoader {
    private final ReadLimits limits;

    /** A loader with the default limits. */
    public ConfigLoader() {
        this(ReadLimits.DEFAULT);
    }

    /** A loader with these limits. */
    public ConfigLoader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Loads a file.
     *
     * @param file the file
     * @param displayName the name findings use for it
     * @param environment the environment for {@code ${VAR}}
     * @throws ConfigReadException when the file cannot be read at all
     */
    public LoadedConfig load(Path file, String displayName, Environment environment) throws ConfigReadException {
        byte[] bytes = readBytes(file, displayName);
        return load(bytes, file, displayName, environment);
    }

    /** Loads text that is already in memory (for tests and editors); {@code file} may be a path it would have. */
    public LoadedConfig load(byte[] bytes, Path file, String displayName, Environment environment) {
        return load(bytes, file, displayName, environment, Map.of());
    }

    /**
     * Loads text that is already in memory, reading the included files of {@code pending} (absolute normalized paths)
     * from memory too: the state of a fix that has changed them but not written them yet. The files must still exist
     * on disk, where every guard of an include is checked as usual.
     */
    public LoadedConfig load(byte[] bytes, Path file, String displayName, Environment environment, Map<Path, byte[]> pending) {
        if (bytes.length > limits.maxFileBytes()) {
            SourceFile empty = new SourceFile(displayName, file, "");
            LoadProblem d = LoadProblem.at(ReadingRules.PARSE_ERROR, empty, 0, 0, "", "This file is larger than the "
                    + limits.maxFileBytes() + "-byte limit clawlint reads; an OpenClaw"
                    + " config is a few kilobytes, so this is probably not the file you meant to check.");
            return new LoadedConfig(empty, null, List.of(d), List.of(), environment);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        SourceFile source = new SourceFile(displayName, file, decoded.text());
        String decodeProblem = decoded.problem();
        if (decodeProblem != null) {
            LoadProblem d = LoadProblem.at(ReadingRules.PARSE_ERROR, source, decoded.problemOffset(),
                    decoded.problemOffset(), "", "This file cannot be read: " + decodeProblem + ".");
            return new LoadedConfig(source, null, List.of(d), List.of(), environment);
        }
        ParsedFile parsed = Json5Parser.parse(source, limits);
        SyntaxProblem problem = parsed.problem();
        Node root = parsed.root();
        if (problem != null || root == null) {
            List<LoadProblem> ds = new ArrayList<>();
            if (problem != null) {
                ds.add(LoadProblem.at(ReadingRules.PARSE_ERROR, source, problem.offset(),
                        problem.offset() + problem.length(), "", "Not valid JSON5: " + problem.message()
                                + ". OpenClaw will refuse to start with this file."));
            }
            return new LoadedConfig(source, null, ds, parsed.duplicates(), environment);
        }
        String includeRoots = environment.get("OPENCLAW_INCLUDE_ROOTS").orElse(null);
        Path home = Paths.get(environment.get("OPENCLAW_HOME").or(() -> environment.get("HOME")).orElse("~"));
        IncludeResolver includes = new IncludeResolver(file, displayName, includeRoots, home, limits, pending);
        Node composed = includes.resolveMain(parsed, root, file);
        // OpenClaw resolves includes, then applies the config's own env.vars, then substitutes (docs/openclaw/reading.md#the-loading-order)
        Environment effective = environment.withDefaults(ConfigEnvVars.of(composed));
        Node substituted = EnvSubstitution.apply(composed, effective);
        Document document = new Document(source, substituted, includes.files(), includes.comments());
        return new LoadedConfig(source, document, includes.problems(), includes.duplicates(), effective);
    }

    /**
     * Why a path that does not exist as a file is a symbolic link that leads nowhere (a loop, or a link to a
     * missing file), or null when it is no link: "no such file" would send the user looking for a typo.
     */
    static @Nullable String brokenLink(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return null;
        }
        try {
            path.toRealPath();
            return null;
        } catch (NoSuchFileException e) {
            return "it is a symbolic link to a file that does not exist";
        } catch (FileSystemException e) {
            return "it is a symbolic link loop (the links lead back to each other, never to a file)";
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private byte[] readBytes(Path file, String displayName) throws ConfigReadException {
        String link = Files.exists(file) ? null : brokenLink(file);
        if (link != null) {
            throw new ConfigReadException(displayName + ": cannot read: " + link);
        }
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigReadException(displayName + ": is a directory, not a config file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a FIFO or device would block or never end; OpenClaw also wants a regular file
                throw new ConfigReadException(displayName + ": is not a regular file");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                // read only one byte past the limit: enough for load() to report the size as a finding
                try (InputStream in = Files.newInputStream(file)) {
                    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                }
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigReadException(displayName + ": no such file");
        } catch (IOException e) {
            throw new ConfigReadException(displayName + ": cannot read: " + e.getMessage());
        }
    }
}
