package dev.clawlint.core.knowledge;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean over a known vocabulary: edit distance (swaps count once), ignoring case, '-' and '_'. */
public final class EditDistance {
    private EditDistance() {}

    /**
     * The number of single-character insertions, deletions and substitutions between two strings, a
     * swap of two neighbouring characters counting as one edit ({@code prot} → {@code port}): the
     * optimal-string-alignment distance.
     */
    public static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The closest candidate, when it is close enough to be what was meant: the same word up to case
     * and separators ({@code keepAlive} → {@code keep_alive}), or within a third of its length.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = normalise(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = between(w, normalise(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null || bestDistance > Math.max(1, w.length() / 3)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
