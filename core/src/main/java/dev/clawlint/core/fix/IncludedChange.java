package dev.clawlint.core.fix;

import java.nio.file.Path;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A fix's change to a file the config reaches through {@code $include} inside its own folder: written with the named
 * file, all of them or none ({@link FixRun}).
 *
 * @param path the included file, absolute and normalized
 * @param displayName how findings name it
 * @param bytes the file's bytes as read, to check nothing else changed it before writing
 * @param original the decoded text as read
 * @param fixed the text after the fixes
 */
public record IncludedChange(Path path, String displayName, byte[] bytes, String original, String fixed) {
    /** Copies the bytes. */
    public IncludedChange {
        bytes = bytes.clone();
    }

    /** The bytes as read. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IncludedChange c && c.path.equals(path) && c.displayName.equals(displayName)
                && Arrays.equals(c.bytes, bytes) && c.original.equals(original) && c.fixed.equals(fixed);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + fixed.hashCode();
    }

    @Override
    public String toString() {
        return "IncludedChange[" + displayName + "]";
    }
}
