package dev.clawlint.core.edit;

import dev.clawlint.core.source.SourceFile;
import java.util.HashMap;
import java.util.Map;

/**
 * How a file is written, so that text a fix adds looks as if the file's author wrote it.
 *
 * @param indentUnit one level of indentation ({@code "  "}, {@code "    "} or a tab)
 * @param quote the quote character strings use ({@code '"'} or {@code '\''})
 * @param quoteKeys whether keys are quoted ({@code "models":}) rather than bare ({@code models:})
 * @param trailingCommas whether the last member of a multi-line object or array carries a comma
 * @param lineTerminator the line break the file uses
 */
public record FileStyle(String indentUnit, char quote, boolean quoteKeys, boolean trailingCommas, String lineTerminator) {
    /** The style of strict JSON with two-space indentation. */
    public static final FileStyle JSON = new FileStyle("  ", '"', true, false, "\n");

    /**
     * Reads the style of a file from its text. A lexical pass (strings and comments skipped) is
     * enough: quoting, commas and indentation are visible without the tree.
     */
    public static FileStyle of(SourceFile file) {
        String text = file.text();
        Scan scan = new Scan(text);
        scan.run();
        char quote = scan.firstQuote == 0 ? '"' : scan.firstQuote;
        boolean quoteKeys = scan.quotedKeys >= scan.bareKeys;
        return new FileStyle(indentUnit(file), quote, quoteKeys, scan.trailingCommas > 0, file.lineTerminator());
    }

    /**
     * The indentation unit: a tab if lines are tab-indented, otherwise the most common step by which
     * one line is indented deeper than the line before it (two spaces when nothing is indented).
     */
    private static String indentUnit(SourceFile file) {
        Map<Integer, Integer> steps = new HashMap<>();
        int previous = 0;
        for (int line = 1; line <= file.lineCount(); line++) {
            String s = file.lineText(line);
            if (s.isBlank()) {
                continue;
            }
            if (s.charAt(0) == '\t') {
                return "\t";
            }
            int indent = 0;
            while (indent < s.length() && s.charAt(indent) == ' ') {
                indent++;
            }
            if (indent > previous) {
                steps.merge(indent - previous, 1, Integer::sum);
            }
            previous = indent;
        }
        int best = 2;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : steps.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return " ".repeat(Math.min(best, 8));
    }

    /** Counts the lexical habits of a JSON5 text. */
    private static final class Scan {
        private final String text;
        private int i;
        char firstQuote;
        int quotedKeys;
        int bareKeys;
        int trailingCommas;

        Scan(String text) {
            this.text = text;
        }

        void run() {
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    if (firstQuote == 0) {
                        firstQuote = c;
                    }
                    skipString(c);
                    if (nextIsColon()) {
                        quotedKeys++;
                    }
                } else if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                    skipComment();
                } else if (Character.isJavaIdentifierStart(c)) {
                    while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                        i++;
                    }
                    if (nextIsColon()) {
                        bareKeys++;
                    }
                } else if (c == ',') {
                    i++;
                    int save = i;
                    skipBlanks();
                    if (i < text.length() && (text.charAt(i) == '}' || text.charAt(i) == ']')) {
                        trailingCommas++;
                    }
                    i = save;
                } else {
                    i++;
                }
            }
        }

        private boolean nextIsColon() {
            int save = i;
            skipBlanks();
            boolean colon = i < text.length() && text.charAt(i) == ':';
            i = save;
            return colon;
        }

        private void skipBlanks() {
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                    skipComment();
                } else {
                    return;
                }
            }
        }

        private void skipString(char q) {
            i++;
            while (i < text.length() && text.charAt(i) != q) {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            i = Math.min(i + 1, text.length());
        }

        private void skipComment() {
            if (text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            }
        }
    }
}
