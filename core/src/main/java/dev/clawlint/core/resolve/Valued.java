package dev.clawlint.core.resolve;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An effective value with where it came from.
 *
 * @param value the value OpenClaw will use
 * @param origin where it came from
 * @param secret whether renderings must hide the value (credentials, header values, values from
 *     secret-looking environment variables)
 */
public record Valued<T>(T value, Origin origin, boolean secret) {
    /** A value that is not secret. */
    public static <T> Valued<T> of(T value, Origin origin) {
        return new Valued<>(value, origin, false);
    }

    /** The same value and secrecy with another origin (a value moved from a guide shape, say). */
    public Valued<T> withOrigin(Origin other) {
        return new Valued<>(value, other, secret);
    }

    /** The value of an optional setting, or null when it has none. */
    public static <T> @Nullable T valueOrNull(@Nullable Valued<T> valued) {
        return valued == null ? null : valued.value();
    }

    /** The pointer an optional setting was written at, or null when absent or nobody wrote it (defaults, built-ins). */
    public static @Nullable String pointerOf(@Nullable Valued<?> valued) {
        return valued == null ? null : valued.origin().pointer();
    }

    /** Whether the user wrote this setting (directly, through the environment, or in a guide shape). */
    public static boolean isWritten(@Nullable Valued<?> valued) {
        return pointerOf(valued) != null;
    }

    /** Whether the user wrote this setting literally in the file, not through the environment. */
    public static boolean isLiteral(@Nullable Valued<?> valued) {
        return valued != null && (valued.origin() instanceof Origin.Written || valued.origin() instanceof Origin.Migrated);
    }
}
