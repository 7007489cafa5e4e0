package dev.clawlint.core.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A line diff (Myers' O(ND) algorithm, the one {@code git diff} uses by default), rendered as a
 * unified diff. Written here because nothing on core's classpath does it.
 */
public final class LineDiff {
    private LineDiff() {}

    /** One line of an edit script. */
    public record Line(char op, String text, int oldLine, int newLine) {}

    /** The shortest edit script from {@code a} to {@code b}: {@code ' '} kept, {@code '-'} removed, {@code '+'} added. */
    public static List<Line> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<Line> out = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && prev[offset + k - 1] < prev[offset + k + 1])) ? k + 1 : k - 1;
            int prevX = prev[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                out.add(new Line(' ', a.get(x - 1), x, y));
                x--;
                y--;
            }
            if (x == prevX) {
                out.add(new Line('+', b.get(y - 1), x, y));
                y--;
            } else {
                out.add(new Line('-', a.get(x - 1), x, y));
                x--;
            }
        }
        while (x > 0 && y > 0) {
            out.add(new Line(' ', a.get(x - 1), x, y));
            x--;
            y--;
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * A unified diff of two texts ({@code ""} when they are equal).
     *
     * @param context how many unchanged lines to show around each change
     * @param redactor applied to every line shown (to keep secrets out of the output)
     */
    public static String unified(String oldName, String newName, String a, String b, int context,
            UnaryOperator<String> redactor) {
        if (a.equals(b)) {
            return "";
        }
        List<Line> script = script(lines(a), lines(b));
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).op() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            int end = i;
            // extend the hunk while the next change is within 2 * context unchanged lines
            int j = i;
            while (j < script.size()) {
                if (script.get(j).op() != ' ') {
                    end = j;
                    j++;
                    continue;
                }
                int run = j;
                while (run < script.size() && script.get(run).op() == ' ') {
                    run++;
                }
                if (run < script.size() && run - j <= 2 * context) {
                    j = run;
                } else {
                    break;
                }
            }
            int stop = Math.min(script.size(), end + 1 + context);
            int oldCount = 0;
            int newCount = 0;
            StringBuilder body = new StringBuilder();
            for (int h = start; h < stop; h++) {
                Line l = script.get(h);
                if (l.op() != '+') {
                    oldCount++;
                }
                if (l.op() != '-') {
                    newCount++;
                }
                body.append(l.op()).append(redactor.apply(l.text())).append('\n');
            }
            sb.append("@@ -").append(range(firstOld(script, start), oldCount)).append(" +")
                    .append(range(firstNew(script, start), newCount)).append(" @@\n").append(body);
            i = stop;
        }
        return sb.toString();
    }

    /** The 1-based old line at which the hunk starting at script index {@code h} begins. */
    private static int firstOld(List<Line> script, int h) {
        Line l = script.get(h);
        return l.op() == '+' ? l.oldLine() + 1 : l.oldLine();
    }

    private static int firstNew(List<Line> script, int h) {
        Line l = script.get(h);
        return l.op() == '-' ? l.newLine() + 1 : l.newLine();
    }

    private static String range(int start, int count) {
        return count == 0 ? (start - 1) + ",0" : count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** The lines of a text, line breaks removed (a final line break does not start another line). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
