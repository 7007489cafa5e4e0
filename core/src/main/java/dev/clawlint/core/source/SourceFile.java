package dev.clawlint.core.source;

import java.nio.file.Path;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The decoded text of one configuration file, with the name it is reported under.
 *
 * <p>Offsets are indexes into {@link #text()} (UTF-16 code units, as Java strings count); this class
 * alone turns them into {@link Position}s. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class SourceFile {
    private final String displayName;
    private final @Nullable Path path;
    private final String text;
    private final int[] lineStarts;
    /** The offsets of the surrogate pairs (one code point in two chars), ascending: columns count code points. */
    private final int[] pairStarts;

    /**
     * @param displayName the name used in findings (usually the path as the user gave it)
     * @param path the file on disk, or null for text that did not come from a file
     * @param text the decoded text, without a byte order mark
     */
    public SourceFile(String displayName, @Nullable Path path, String text) {
        this.displayName = displayName;
        this.path = path;
        this.text = text;
        this.lineStarts = computeLineStarts(text);
        this.pairStarts = computePairStarts(text);
    }

    private static int[] computePairStarts(String text) {
        int[] starts = new int[0];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, Math.max(16, count * 2));
                }
                starts[count++] = i++;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnds = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnds) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The name this file is reported under. */
    public String displayName() {
        return displayName;
    }

    /** The file on disk, if there is one. */
    public @Nullable Path path() {
        return path;
    }

    /** The whole decoded text. */
    public String text() {
        return text;
    }

    /** How many lines the file has (a final line without terminator counts). */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The position of a character offset; an offset at the end of the text is allowed. */
    public Position positionAt(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        // as text.codePointCount(start, offset) + 1, in log time: counting along a 100 KB one-line file for each
        // of 10,000 findings was quadratic; a pair counts once when both its chars lie before the offset
        int start = lineStarts[line];
        int pairs = pairsBefore(offset - 1) - pairsBefore(start);
        return new Position(line + 1, offset - start - pairs + 1);
    }

    /** How many surrogate pairs start before {@code offset}. */
    private int pairsBefore(int offset) {
        int index = Arrays.binarySearch(pairStarts, offset);
        return index >= 0 ? index : -index - 1;
    }

    /** The range between two offsets. */
    public Range rangeOf(int startOffset, int endOffset) {
        return new Range(positionAt(startOffset), positionAt(endOffset));
    }

    /** The offset at which a 1-based line starts. */
    public int lineStartOffset(int line) {
        return lineStarts[line - 1];
    }

    /** The text of a 1-based line, without its terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The line terminator the file mostly uses ({@code "\n"} when it has none). */
    public String lineTerminator() {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                crlf++;
                i++;
            } else if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                cr++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf ? "\r" : "\n";
    }

    @Override
    public String toString() {
        return displayName;
    }
}
