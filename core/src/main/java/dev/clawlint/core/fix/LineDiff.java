package dev.clawlint.core.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A line diff (Myers' O(ND) algorithm, the one {@code git diff} uses by default), rendered as a
 * unified diff. Written here because nothing on core's classpath does it.
 */
public final class LineDiff {
    private LineDiff() {}

    /** One line of an edit script. */
    public record Line(char op, String text, int oldLine, int newLine) {}

    /**
     * Gaps at most this long (old plus new lines) are diffed by Myers' algorithm, whose trace takes
     * (lines × changes) ints; a longer one is first cut at the lines unique to both sides (patience diff).
     */
    static final int MYERS_LINES = 2000;

    /** How often a gap with no common unique line is cut again before it is shown as removed, then added. */
    private static final int MAX_DEPTH = 8;

    /**
     * An edit script from {@code a} to {@code b}: {@code ' '} kept, {@code '-'} removed, {@code '+'} added; the
     * shortest one (Myers) for changes within {@value #MYERS_LINES} lines, and in time and memory that grow with the
     * files, not with files × changes, for more (10,000 duplicate keys removed from one file took 1 GB).
     */
    public static List<Line> script(List<String> a, List<String> b) {
        StringBuilder ops = new StringBuilder();
        diff(a, 0, a.size(), b, 0, b.size(), 0, ops);
        List<Line> out = new ArrayList<>(ops.length());
        int x = 0;
        int y = 0;
        for (int i = 0; i < ops.length(); i++) {
            char op = ops.charAt(i);
            if (op == ' ') {
                x++;
                y++;
                out.add(new Line(' ', a.get(x - 1), x, y));
            } else if (op == '-') {
                x++;
                out.add(new Line('-', a.get(x - 1), x, y));
            } else {
                y++;
                out.add(new Line('+', b.get(y - 1), x, y));
            }
        }
        return out;
    }

    private static void diff(List<String> a, int aLo, int aHi, List<String> b, int bLo, int bHi, int depth,
            StringBuilder ops) {
        if (aHi - aLo + bHi - bLo <= MYERS_LINES) {
            // as git diff aligns a short change (stripping the common end first would align it differently)
            for (Line l : myers(a.subList(aLo, aHi), b.subList(bLo, bHi))) {
                ops.append(l.op());
            }
            return;
        }
        int prefix = 0;
        while (aLo + prefix < aHi && bLo + prefix < bHi && a.get(aLo + prefix).equals(b.get(bLo + prefix))) {
            prefix++;
        }
        ops.append(" ".repeat(prefix));
        aLo += prefix;
        bLo += prefix;
        int suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo && a.get(aHi - suffix - 1).equals(b.get(bHi - suffix - 1))) {
            suffix++;
        }
        aHi -= suffix;
        bHi -= suffix;
        if (aLo == aHi || bLo == bHi) {
            ops.append("-".repeat(aHi - aLo)).append("+".repeat(bHi - bLo));
        } else if (aHi - aLo + bHi - bLo <= MYERS_LINES) {
            for (Line l : myers(a.subList(aLo, aHi), b.subList(bLo, bHi))) {
                ops.append(l.op());
            }
        } else {
            List<int[]> anchors = depth < MAX_DEPTH ? uniqueCommonLines(a, aLo, aHi, b, bLo, bHi) : List.of();
            if (anchors.isEmpty()) {
                ops.append("-".repeat(aHi - aLo)).append("+".repeat(bHi - bLo));
            } else {
                int x = aLo;
                int y = bLo;
                for (int[] anchor : anchors) {
                    diff(a, x, anchor[0], b, y, anchor[1], depth + 1, ops);
                    ops.append(' ');
                    x = anchor[0] + 1;
                    y = anchor[1] + 1;
                }
                diff(a, x, aHi, b, y, bHi, depth + 1, ops);
            }
        }
        ops.append(" ".repeat(suffix));
    }

    /**
     * The lines that occur once in each range, as (old index, new index) pairs, the longest run of them in the
     * same order on both sides (patience sorting): the places a patience diff cuts the ranges at.
     */
    private static List<int[]> uniqueCommonLines(List<String> a, int aLo, int aHi, List<String> b, int bLo, int bHi) {
        Map<String, int[]> seen = new HashMap<>(); // line -> {count in a, index in a, count in b, index in b}
        for (int i = aLo; i < aHi; i++) {
            int[] c = seen.computeIfAbsent(a.get(i), k -> new int[4]);
            c[0]++;
            c[1] = i;
        }
        for (int j = bLo; j < bHi; j++) {
            int[] c = seen.get(b.get(j));
            if (c != null) {
                c[2]++;
                c[3] = j;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = aLo; i < aHi; i++) {
            int[] c = seen.get(a.get(i));
            if (c != null && c[0] == 1 && c[2] == 1) {
                pairs.add(new int[] {i, c[3]});
            }
        }
        // the longest increasing run of new indexes, in O(k log k)
        int[] tails = new int[pairs.size()];
        int[] previous = new int[pairs.size()];
        int length = 0;
        for (int p = 0; p < pairs.size(); p++) {
            int j = pairs.get(p)[1];
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (pairs.get(tails[mid])[1] < j) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[p] = low > 0 ? tails[low - 1] : -1;
            tails[low] = p;
            length = Math.max(length, low + 1);
        }
        List<int[]> out = new ArrayList<>();
        for (int p = length == 0 ? -1 : tails[length - 1]; p >= 0; p = previous[p]) {
            out.add(pairs.get(p));
        }
        Collections.reverse(out);
        return out;
    }

    /** The shortest edit script (Myers), for short ranges: its trace takes (lines × changes) ints. */
    private static List<Line> myers(List<String> a, List<String> b) {
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
