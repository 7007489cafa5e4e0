package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.source.SourceFile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The human format: {@code file:line:col: severity: message [rule-id]}, the source line, and a
 * caret line under the range; then a one-line summary and, when some findings carry a fix, how many
 * {@code clawlint fix} would fix. Control characters (an ESC in a key, say) are shown escaped
 * ({@code \u001B}), never sent to the terminal; colour, when asked for, is only clawlint's own.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";

    private final boolean showSource;
    private final boolean color;

    /** @param showSource print the source line and carets under each finding */
    public TextReporter(boolean showSource) {
        this(showSource, false);
    }

    /**
     * @param showSource print the source line and carets under each finding
     * @param color colour the location, severity, carets and rule id with ANSI escapes
     */
    public TextReporter(boolean showSource, boolean color) {
        this.showSource = showSource;
        this.color = color;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (FileResult file : result.files()) {
            // a line is masked once however many findings it has (10,000 duplicate keys on one line)
            Map<String, int[]> masked = new HashMap<>();
            for (Diagnostic d : file.diagnostics()) {
                out.append(line(d)).append('\n');
                SourceFile source = file.sources().get(d.file());
                int line = d.range().start().line();
                if (showSource && source != null && line <= source.lineCount()) {
                    String key = d.file() + ":" + line;
                    int[] text = masked.get(key);
                    if (text == null) {
                        text = Secrets.maskLine(source.lineText(line)).codePoints().toArray();
                        masked.put(key, text);
                    }
                    appendExcerpt(out, text, d.range(), color);
                }
            }
        }
        String summary = summary(result);
        out.append(color ? BOLD + summary + RESET : summary).append('\n');
        long fixable = result.fixable();
        if (fixable > 0) {
            out.append(fixable).append(" of these can be fixed with `clawlint fix`").append('\n');
        }
        return out.toString();
    }

    /** The finding line, control characters escaped, coloured when asked. */
    private String line(Diagnostic d) {
        if (!color) {
            return escaped(d.toLine());
        }
        String severityColor = switch (d.severity()) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
        return BOLD + escaped(d.file()) + ":" + d.range().start().line() + ":" + d.range().start().column() + ":" + RESET
                + " " + severityColor + d.severity().label() + ":" + RESET + " " + escaped(d.message())
                + " " + DIM + "[" + d.ruleId() + "]" + RESET;
    }

    /**
     * The text with every control character but tab (C0, DEL, C1, and the bidirectional overrides that
     * reorder what a terminal shows) written as {@code \\uXXXX}, so that a key cannot drive the terminal; a lone
     * surrogate (a {@code "\\ud800"} escape in the config) too, which UTF-8 cannot carry and would print as {@code ?}.
     */
    public static String escaped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean control = (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp < 0xA0)
                    || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                    || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
            if (control) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * The source line of the range's start and a caret line under the part of the range on it; a line
     * longer than {@value #WIDE} columns is cut to a window of {@value #WINDOW} around the range, marked
     * with {@code …}, so the excerpts of a one-line file grow with the findings, not with findings × line.
     *
     * @param all the code points of the line with its secrets masked ({@link Secrets#maskLine}: columns kept, so
     *     carets fit)
     * @param color whether the carets are coloured
     */
    static void appendExcerpt(StringBuilder out, int[] all, Range range, boolean color) {
        int line = range.start().line();
        int from = Math.min(range.start().column() - 1, all.length);
        int to = range.end().line() == line ? Math.min(range.end().column() - 1, all.length) : all.length;
        int windowStart = 0;
        int windowEnd = all.length;
        if (all.length > WIDE) {
            windowStart = Math.max(0, Math.min(from - WINDOW / 3, all.length - WINDOW));
            windowEnd = Math.min(all.length, windowStart + WINDOW);
        }
        String before = windowStart > 0 ? "…" : "";
        String after = windowEnd < all.length ? "…" : "";
        String text = new String(all, windowStart, windowEnd - windowStart);
        String gutter = String.format("%5d | ", line);
        out.append(gutter).append(before).append(printable(text)).append(after).append('\n');
        StringBuilder carets = new StringBuilder(" ".repeat(gutter.length() - 2)).append("| ").append(before.isEmpty() ? "" : " ");
        for (int i = windowStart; i < from; i++) {
            carets.append(all[i] == '\t' ? '\t' : ' ');
        }
        String marks = "^".repeat(Math.max(1, Math.min(to, windowEnd) - from));
        carets.append(color ? RED + marks + RESET : marks);
        out.append(carets).append('\n');
    }

    /** Lines longer than this are shown cut to a window. */
    static final int WIDE = 200;

    /** The columns of a long line shown around a finding. */
    static final int WINDOW = 160;

    private static String printable(String line) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().forEach(cp -> {
            if (cp != '\t' && (cp < 0x20 || cp == 0x7F)) {
                sb.append('?');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * {@code 2 errors, 1 warning, 0 infos in 3 files, for OpenClaw 2026.9 (judged by 2026.9.6; as requested)};
     * files judged for different releases are counted per release.
     */
    static String summary(CheckResult result) {
        long e = result.count(Severity.ERROR);
        long w = result.count(Severity.WARNING);
        long i = result.count(Severity.INFO);
        int n = result.files().size();
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (FileResult f : result.files()) {
            targets.merge(f.target().describe(), 1, Integer::sum);
        }
        String judged = targets.size() == 1 ? ", for " + targets.keySet().iterator().next()
                : targets.isEmpty() ? "" : ", for " + String.join(", ", targets.entrySet().stream()
                        .map(t -> t.getKey() + ": " + plural(t.getValue(), "file")).toList());
        return plural(e, "error") + ", " + plural(w, "warning") + ", " + plural(i, "info") + " in "
                + plural(n, "file") + judged;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
