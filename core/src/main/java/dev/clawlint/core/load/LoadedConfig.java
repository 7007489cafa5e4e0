package dev.clawlint.core.load;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Document;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The result of loading one config file.
 *
 * @param mainFile the file as read (its text is empty when it could not be decoded)
 * @param document the composed document, or null when the file could not be read as JSON5
 * @param problems what the loader found (parse errors, include errors); the lint engine turns them into findings
 * @param duplicates repeated keys, in every file read
 * @param environment the environment {@code ${VAR}} references were resolved against
 */
public record LoadedConfig(
        SourceFile mainFile,
        @Nullable Document document,
        List<LoadProblem> problems,
        List<DuplicateKey> duplicates,
        Environment environment) {

    /** Copies the lists. */
    public LoadedConfig {
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }

    /** The document; only call when {@link #document()} is known to be present. */
    public Document requireDocument() {
        Document d = document;
        if (d == null) {
            throw new IllegalStateException("no document: " + mainFile + " could not be read");
        }
        return d;
    }
}
