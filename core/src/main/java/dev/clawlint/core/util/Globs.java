package dev.clawlint.core.util;

import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns as Ant and the shells mean them, for the JDK's {@code glob:} matcher: there {@code **}{@code /}
 * needs at least one directory, while {@code **}{@code /openclaw.json} is expected to match {@code openclaw.json}
 * itself too. One home for the CLI's file arguments and the Maven plugin's includes.
 */
public final class Globs {
    private Globs() {}

    /** The pattern, and the pattern with each combination of its {@code **}{@code /} segments removed. */
    public static List<String> zeroDirectoryVariants(String pattern) {
        int at = pattern.startsWith("**/") ? 0 : pattern.indexOf("/**/");
        if (at < 0) {
            return List.of(pattern);
        }
        int segment = at == 0 ? 0 : at + 1;
        List<String> variants = new ArrayList<>();
        for (String rest : zeroDirectoryVariants(pattern.substring(segment + 3))) {
            variants.add(pattern.substring(0, segment) + "**/" + rest);
            variants.add(pattern.substring(0, segment) + rest);
        }
        return variants;
    }
}
