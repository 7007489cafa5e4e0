package dev.clawlint.core.fix;

/** A fixed file could not, or must not, be written; the message is for the user. */
public final class FixWriteException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what happened and that the file is unchanged */
    public FixWriteException(String message) {
        super(message);
    }
}
