package dev.clawlint.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a small UTF-8 text file the user names beside the configs (an env file, a settings file, a baseline) in
 * bounded time and memory: a device or an endless pipe stops one byte past the limit, and every failure is one
 * sentence, never an exception class name.
 */
public final class SmallTextFile {
    private SmallTextFile() {}

    /**
     * The text of {@code file}.
     *
     * @param cannot the start of every message ({@code "x.env: cannot read the env file: "})
     * @param kind what the file is, for the messages ({@code "an env file"})
     * @param maxBytes the largest file accepted
     * @param whatItHolds what such a file normally is, said when it is too large ({@code "a few NAME=VALUE lines"})
     * @throws ConfigReadException with {@code cannot} and why
     */
    public static String read(Path file, String cannot, String kind, int maxBytes, String whatItHolds)
            throws ConfigReadException {
        if (Files.isDirectory(file)) {
            throw new ConfigReadException(cannot + "it is a directory, not " + kind);
        }
        byte[] bytes;
        // not only regular files: --env-file <(...) is a pipe; the bound keeps a device or an endless pipe out
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException e) {
            throw new ConfigReadException(cannot + "no such file");
        } catch (AccessDeniedException e) {
            throw new ConfigReadException(cannot + "permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason();
            throw new ConfigReadException(cannot + (reason == null ? "the file system refused it" : reason));
        } catch (IOException e) {
            String reason = e.getMessage();
            throw new ConfigReadException(cannot + (reason == null ? "an I/O error" : reason));
        }
        if (bytes.length > maxBytes) {
            throw new ConfigReadException(cannot + "it is larger than the " + maxBytes + "-byte limit for " + kind
                    + " (" + whatItHolds + "; is this the file you meant?)");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String problem = decoded.problem();
        if (problem != null) {
            int why = problem.indexOf(';');
            throw new ConfigReadException(cannot + (why < 0 ? problem : problem.substring(0, why)) + "; " + kind
                    + " must be UTF-8 text");
        }
        return decoded.text();
    }
}
