package dev.clawlint.core.util;

import java.util.regex.Matcher;

/** Small helpers around {@link Matcher} that keep the nullness checker informed. */
public final class Regex {
    private Regex() {}

    /**
     * A group that the pattern captures whenever it matches.
     *
     * @throws IllegalStateException if the group did not capture (a bug in the pattern)
     */
    public static String group(Matcher m, int group) {
        String g = m.group(group);
        if (g == null) {
            throw new IllegalStateException("group " + group + " of " + m.pattern() + " did not capture");
        }
        return g;
    }
}
