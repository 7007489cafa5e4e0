package dev.clawlint.core.source;

/** A stretch of text in one file, as character offsets ({@code end} exclusive). */
public record Span(SourceFile file, int start, int end) {
    /** Checks the offsets. */
    public Span {
        if (start < 0 || end < start || end > file.text().length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " in " + file);
        }
    }

    /** The line/column range of this span. */
    public Range range() {
        return file.rangeOf(start, end);
    }

    /** The text this span covers. */
    public String text() {
        return file.text().substring(start, end);
    }
}
