package dev.clawlint.core.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers printed as JavaScript prints them ({@code Number.prototype.toString}, which
 * {@code String(x)} and {@code JSON.stringify} use): OpenClaw runs on JavaScript, so a number in a
 * message, a diff or a rendered config reads as OpenClaw would show it. Whole numbers below 1e21
 * have no exponent and no fraction ({@code 32768}, not {@code 32768.0}); {@code -0} is {@code 0};
 * {@code NaN}, {@code Infinity} and {@code -Infinity} are spelled as JavaScript spells them. See
 * https://tc39.es/ecma262/#sec-numeric-types-number-tostring.
 */
public final class JsNumbers {
    /** The largest integer a double holds exactly together with its neighbours: 2^53 - 1. */
    public static final double MAX_SAFE_INTEGER = 9007199254740991d;

    private JsNumbers() {}

    /** The text JavaScript's {@code String(value)} gives. */
    public static String toString(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + toString(-value);
        }
        BigDecimal shortest = shortest(value);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return (k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1)) + "e" + exponent;
    }

    /** Whether the value is a whole number JavaScript's {@code Number.isSafeInteger} accepts. */
    public static boolean isSafeInteger(double value) {
        return Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER;
    }

    /**
     * The fewest significant digits that read back as the same double, the nearest such when several
     * fit (as the specification asks), trailing zeros stripped. Rounding the exact binary value keeps
     * this independent of {@link Double#toString}, which before JDK 19 is not always the shortest.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
