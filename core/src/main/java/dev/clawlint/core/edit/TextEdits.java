package dev.clawlint.core.edit;

import dev.clawlint.core.finding.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping edits of one file to its text. */
public final class TextEdits {
    private TextEdits() {}

    /**
     * The text with every edit applied. Offsets refer to the original text.
     *
     * @throws IllegalArgumentException if two edits overlap
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.start() < at) {
                throw new IllegalArgumentException("overlapping edits at offset " + e.start());
            }
            sb.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
