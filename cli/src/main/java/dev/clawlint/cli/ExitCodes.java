package dev.clawlint.cli;

/** The exit codes of every {@code clawlint} command. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Nothing at or above the failure severity. */
    public static final int CLEAN = 0;
    /** Findings at or above the failure severity. */
    public static final int FINDINGS = 1;
    /** A usage error, an unreadable file, or an internal error. */
    public static final int ERROR = 2;
}
