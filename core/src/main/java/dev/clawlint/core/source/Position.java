package dev.clawlint.core.source;

/**
 * A place in a source file: 1-based line and 1-based column.
 *
 * <p>Columns count Unicode characters (code points) from the start of the line, a tab counting as
 * one, which is how editors number columns in their "Go to line:column" commands.
 */
public record Position(int line, int column) implements Comparable<Position> {
    /** Checks that both coordinates are 1-based. */
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
