package dev.clawlint.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a rendered report to a file, as the CLI's {@code --output} and the Maven plugin do. */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * A writer for standard output or error that encodes UTF-8 whatever the locale, so what a terminal, a pipe or
     * a CI log receives is the same bytes {@link #write} puts in a file (the platform's encoding, ASCII under
     * {@code LC_ALL=C}, would turn every non-ASCII key into {@code ?}). It flushes on each line.
     */
    public static PrintWriter utf8(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    /**
     * Writes the report as UTF-8 (a lone surrogate as {@code ?}), creating missing parent directories. The text goes to
     * a temporary file next to the target first and is then moved over it, so a reader (a CI upload step, an
     * IDE) never sees half a report, and a failed write leaves any previous report intact. The report gets the
     * permissions of the one it replaces, else {@code rw-r--r--} like other build output (a temporary file is
     * created readable by its owner only).
     *
     * @throws IOException when the directory cannot be created or the file cannot be written
     */
    public static void write(Path file, String report) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir == null ? Path.of(".") : dir, ".clawlint-report", ".tmp");
        try {
            // getBytes, not writeString: a lone surrogate (a "\\ud800" escape in the config, quoted in a message)
            // becomes '?' as on standard output, where writeString would refuse the whole report
            Files.write(tmp, report.getBytes(StandardCharsets.UTF_8));
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> mode = Files.exists(absolute) ? Files.getPosixFilePermissions(absolute)
                        : PosixFilePermissions.fromString("rw-r--r--");
                Files.setPosixFilePermissions(tmp, mode);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
