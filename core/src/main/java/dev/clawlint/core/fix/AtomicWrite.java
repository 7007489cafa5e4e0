package dev.clawlint.core.fix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same folder,
 * which then takes the file's place by a rename, so a reader (or a crash) sees the old content or
 * the new, never half. The file's permissions are kept; a symbolic link stays a link and the file it
 * points to is replaced. (A hard-linked file gets a new inode, as with any editor that saves by rename.)
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
    /** The file opened for locking, or null where it cannot be (a read-only file: the rename still works). */
    private static @Nullable FileChannel lockable(Path target) {
        try {
            return FileChannel.open(target, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** The file's exclusive lock, or null when another process or thread holds it (or there is no channel). */
    private static @Nullable FileLock tryLock(@Nullable FileChannel channel) throws IOException {
        if (channel == null) {
            return null;
        }
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another thread of this process
        }
    }

    void replace(Path file, byte[] expected, byte[] bytes) throws FixWriteException {
        Path temp = null;
        try {
            // through a symbolic link, replace the file it points to and keep the link
            Path target = file.toRealPath();
            Path dir = target.getParent();
            if (dir == null) {
                throw new FixWriteException(file + ": has no folder to write a temporary file in");
            }
            // the compare and the rename under one lock of the file: two fixes that both read the same text
            // could otherwise both pass the compare and both write; the one that finds it locked says so
            try (FileChannel channel = lockable(target); FileLock lock = tryLock(channel)) {
                if (channel != null && lock == null) {
                    throw new FixWriteException(file + ": another clawlint fix is writing it; not written (run"
                            + " clawlint fix again once it is done)");
                }
                byte[] now = Files.readAllBytes(target);
                if (!Arrays.equals(now, expected)) {
                    throw new FixWriteException(file + ": changed since clawlint read it; not written (run clawlint fix again)");
                }
                temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".clawlint-tmp");
                writer.write(temp, bytes);
                copyPermissions(target, temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                temp = null;
            }
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
