package dev.clawlint.core.source;

/** A stretch of a source file from {@code start} (inclusive) to {@code end} (exclusive). */
public record Range(Position start, Position end) {
    /** Checks that the range does not run backwards. */
    public Range {
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
