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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** One file of {@link #replaceAll}: its new bytes, written only if it still holds {@code expected}. */
    record Replacement(Path file, byte[] expected, byte[] bytes) {}

    /**
     * Replaces several files, all or none: every file is locked and compared first, every new content is written to a
     * temporary file next to its target, and only then are they moved over the targets. When a move fails, the files
     * already moved get their old bytes back. One file alone is {@link #replace}.
     *
     * @throws FixWriteException naming the file that stopped it, saying that none was changed
     */
    void replaceAll(List<Replacement> all) throws FixWriteException {
        if (all.size() == 1) {
            replace(all.get(0).file(), all.get(0).expected(), all.get(0).bytes());
            return;
        }
        String none = "; none of the " + all.size() + " files was changed";
        List<FileChannel> channels = new ArrayList<>();
        List<FileLock> locks = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        List<@Nullable Path> temps = new ArrayList<>();
        Replacement current = all.get(0);
        try {
            for (Replacement r : all) {
                current = r;
                Path target = r.file().toRealPath();
                FileChannel channel = lockable(target);
                if (channel != null) {
                    channels.add(channel);
                    FileLock lock = tryLock(channel);
                    if (lock == null) {
                        throw new FixWriteException(r.file() + ": another clawlint fix is writing it; not written (run"
                                + " clawlint fix again once it is done)" + none);
                    }
                    locks.add(lock);
                }
                if (!Arrays.equals(Files.readAllBytes(target), r.expected())) {
                    throw new FixWriteException(r.file() + ": changed since clawlint read it; not written (run clawlint fix"
                            + " again)" + none);
                }
                targets.add(target);
            }
            for (int i = 0; i < all.size(); i++) {
                current = all.get(i);
                Path target = targets.get(i);
                Path dir = target.getParent();
                if (dir == null) {
                    throw new FixWriteException(current.file() + ": has no folder to write a temporary file in" + none);
                }
                Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".clawlint-tmp");
                temps.add(temp);
                writer.write(temp, current.bytes());
                copyPermissions(target, temp);
            }
            int moved = 0;
            try {
                for (; moved < all.size(); moved++) {
                    current = all.get(moved);
                    Path temp = temps.get(moved);
                    if (temp == null) {
                        throw new IOException("no temporary file for " + current.file());
                    }
                    move(temp, targets.get(moved));
                    temps.set(moved, null);
                }
            } catch (IOException e) {
                for (int j = 0; j < moved; j++) {
                    Files.write(targets.get(j), all.get(j).expected()); // put back what was already moved
                }
                throw e;
            }
        } catch (IOException e) {
            throw new FixWriteException(current.file() + ": cannot write: " + e.getMessage() + none);
        } finally {
            for (FileLock lock : locks) {
                closeQuietly(lock);
            }
            for (FileChannel channel : channels) {
                closeQuietly(channel);
            }
            for (Path temp : temps) {
                if (temp != null) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException ignored) {
                        // hidden and named after the config; nothing else can be done here
                    }
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception ignored) {
            // releasing a lock or a channel of a file already written or left alone: nothing to undo
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
