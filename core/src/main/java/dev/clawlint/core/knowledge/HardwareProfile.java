package dev.clawlint.core.knowledge;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The machine local models run on, as far as the user told us. Rules that need it stay silent
 * without one.
 *
 * @param vramGb GPU memory in gigabytes, or null when unknown
 */
public record HardwareProfile(@Nullable Double vramGb) {
    private static final HardwareProfile UNKNOWN = new HardwareProfile(null);

    /** Checks the figure. */
    public HardwareProfile {
        if (vramGb != null && !(vramGb > 0 && vramGb < 100_000)) {
            throw new IllegalArgumentException("VRAM must be a positive number of gigabytes, got " + vramGb);
        }
    }

    /** Nothing is known about the hardware. */
    public static HardwareProfile unknown() {
        return UNKNOWN;
    }

    /**
     * Parses a user's {@code --vram-gb} value.
     *
     * @throws IllegalArgumentException with a message for the user when it is not a positive number
     */
    public static HardwareProfile ofVramGb(String text) {
        double gb;
        try {
            gb = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of gigabytes (e.g. --vram-gb 24)");
        }
        return new HardwareProfile(gb);
    }

    /** Whether the GPU memory is known. */
    public boolean knowsVram() {
        return vramGb != null;
    }
}
