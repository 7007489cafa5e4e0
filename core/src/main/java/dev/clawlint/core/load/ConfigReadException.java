package dev.clawlint.core.load;

/**
 * A config file could not be read at all (missing, a directory, unreadable). Shells turn this into
 * one clear line and exit code 2; it is never a finding, because there is nothing to point at.
 */
public final class ConfigReadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line for the user, naming the file */
    public ConfigReadException(String message) {
        super(message);
    }
}
