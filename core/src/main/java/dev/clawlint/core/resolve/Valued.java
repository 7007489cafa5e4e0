package dev.clawlint.core.resolve;

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
}
