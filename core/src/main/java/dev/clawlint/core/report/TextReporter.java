package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The human format: {@code file:line:col: severity: message [rule-id]}, the source line, and a
 * caret line under the range; then a one-line summary.
 */
public final class TextReporter implements Reporter {

    private final boolean showSource;

    /** @param showSource print the source line and carets under each finding */
    public TextReporter(boolean showSource) {
        this.showSource = showSource;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (FileResult file : result.files()) {
            for (Diagnostic d : file.diagnostics()) {
                out.append(d.toLine()).append('\n');
                SourceFile source = file.sources().get(d.file());
                if (showSource && source != null && d.range().start().line() <= source.lineCount()) {
                    appendExcerpt(out, source, d.range());
                }
            }
        }
        out.append(summary(result)).append('\n');
        return out.toString();
    }

    /** The source line of the range's start and a caret line under the part of the range on it. */
    static void appendExcerpt(StringBuilder out, SourceFile source, Range range) {
        int line = range.start().line();
        // the source line may hold a credential: mask it, keeping columns so the carets still fit
        String text = Secrets.maskLine(source.lineText(line));
        int[] cps = text.codePoints().toArray();
        int from = Math.min(range.start().column() - 1, cps.length);
        int to = range.end().line() == line ? Math.min(range.end().column() - 1, cps.length) : cps.length;
        String gutter = String.format("%5d | ", line);
        out.append(gutter).append(printable(text)).append('\n');
        StringBuilder carets = new StringBuilder(" ".repeat(gutter.length() - 2)).append("| ");
        for (int i = 0; i < from; i++) {
            carets.append(cps[i] == '\t' ? '\t' : ' ');
        }
        carets.append("^".repeat(Math.max(1, to - from)));
        out.append(carets).append('\n');
    }

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
