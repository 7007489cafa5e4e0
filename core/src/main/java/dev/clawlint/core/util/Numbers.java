package dev.clawlint.core.util;

/** Numbers as people write them in a config. */
public final class Numbers {
    private Numbers() {}

    /** A number without a needless fraction: {@code 32768}, not {@code 32768.0}; {@code 0.5} stays {@code 0.5}. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
