package dev.clawlint.core.fix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same folder,
 * which then takes the file's place by a rename, so a reader (or a crash) sees the old content or
 * the new, never half. The file's permissions are kept.
 */
final class AtomicWrite {
    /** Writes bytes to a path; replaceable in tests to make the write fail half-way. */
    interface BytesWriter {
        void write(Path path, byte[] bytes) throws IOException;
    }

    static final BytesWriter DEFAULT = (path, bytes) -> {
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(bytes);
            out.flush();
        }
    };

    private final BytesWriter writer;

    AtomicWrite() {
        this(DEFAULT);
    }

    AtomicWrite(BytesWriter writer) {
        this.writer = writer;
    }

    /**
     * Replaces {@code file}'s content with {@code bytes}, provided it still holds {@code expected}.
     *
     * @throws FixWriteException when the file changed since it was read, or the write failed (the
     *     file is then untouched and no temporary file is left behind)
     */
    void replace(Path file, byte[] expected, byte[] bytes) throws FixWriteException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            throw new FixWriteException(file + ": has no folder to write a temporary file in");
        }
        Path temp = null;
        try {
            byte[] now = Files.readAllBytes(file);
            if (!Arrays.equals(now, expected)) {
                throw new FixWriteException(file + ": changed since clawlint read it; not written (run clawlint fix again)");
            }
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".clawlint-tmp");
            writer.write(temp, bytes);
            copyPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new FixWriteException(file + ": cannot write: " + e.getMessage() + "; the file is unchanged");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the config; nothing else can be done here
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, perms);
        }
    }
}
