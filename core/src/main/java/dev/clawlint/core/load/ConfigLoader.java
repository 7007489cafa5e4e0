package dev.clawlint.core.load;

import dev.clawlint.core.lint.Diagnostic;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Comment;
import dev.clawlint.core.tree.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        SourceFile source = new SourceFile(displayName, file, decoded.text());
        String decodeProblem = decoded.problem();
        if (decodeProblem != null) {
            Diagnostic d = Diagnostics.at(ReadingRules.PARSE_ERROR, source, decoded.problemOffset(),
                    decoded.problemOffset(), "", "This file cannot be read: " + decodeProblem + ".");
            return new LoadedConfig(source, null, List.of(d), List.of(), environment);
        }
        ParsedFile parsed = Json5Parser.parse(source, limits);
        SyntaxProblem problem = parsed.problem();
        if (problem != null || parsed.root() == null) {
            List<Diagnostic> ds = new ArrayList<>();
            if (problem != null) {
                ds.add(Diagnostics.at(ReadingRules.PARSE_ERROR, source, problem.offset(),
                        problem.offset() + problem.length(), "", "Not valid JSON5: " + problem.message()
                                + ". OpenClaw will refuse to start with this file."));
            }
            return new LoadedConfig(source, null, ds, parsed.duplicates(), environment);
        }
        Document document = new Document(source, parsed.root(), List.of(source),
                Map.<SourceFile, List<Comment>>of(source, parsed.comments()));
        return new LoadedConfig(source, document, List.of(), parsed.duplicates(), environment);
    }

    private byte[] readBytes(Path file, String displayName) throws ConfigReadException {
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigReadException(displayName + ": is a directory, not a config file");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ConfigReadException(displayName + ": " + size + " bytes is larger than the "
                        + limits.maxFileBytes() + "-byte limit for a config file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigReadException(displayName + ": no such file");
        } catch (IOException e) {
            throw new ConfigReadException(displayName + ": cannot read: " + e.getMessage());
        }
    }
}
