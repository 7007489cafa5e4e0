package dev.clawlint.core.load;

/**
 * Limits that keep a hostile or broken file from exhausting the process. Each exceeded limit
 * becomes a {@code parse-error} finding at the place it was crossed.
 *
 * @param maxFileBytes largest file read at all
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxStringLength longest string or key, in characters
 * @param maxMembers most members in one object or elements in one array
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxMembers) {
    /** Generous defaults: far above any real OpenClaw config, far below what hurts the JVM. */
    public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024, 200, 1024 * 1024, 100_000);
}
