package dev.clawlint.core.schema;

/** The upstream schema file cannot be used; the message is one line for the user. */
public final class UpstreamSchemaException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the file, and what to pass instead */
    public UpstreamSchemaException(String message) {
        super(message);
    }
}
