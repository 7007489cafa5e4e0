package dev.clawlint.core.finding;

import dev.clawlint.core.source.SourceFile;

/**
 * Replace the characters {@code start..end} (end exclusive) of a file's original text.
 * An insertion has {@code start == end}; a deletion has an empty replacement.
 */
public record TextEdit(SourceFile file, int start, int end, String replacement) {
    /** Checks the offsets against the file. */
    public TextEdit {
        if (start < 0 || end < start || end > file.text().length()) {
            throw new IllegalArgumentException("edit " + start + ".." + end + " outside " + file);
        }
    }

    /** Whether this edit touches characters that {@code other} also touches, or inserts inside them. */
    public boolean overlaps(TextEdit other) {
        if (file != other.file) {
            return false;
        }
        if (start == end && other.start == other.end) {
            return start == other.start;
        }
        return start < other.end && other.start < end;
    }
}
