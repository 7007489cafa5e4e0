package dev.clawlint.cli;

import picocli.CommandLine;

/** Entry point of the {@code clawlint} command; the only class that calls {@link System#exit}. */
public final class Main {
    private Main() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code;
        try {
            code = ClawlintCommand.forArgs(args).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli maps exceptions, not errors: still one line and exit 2, never a stack trace and exit 1
            System.err.println("clawlint: internal error: " + (e instanceof OutOfMemoryError
                    ? "out of memory (" + e.getMessage() + "); raise -Xmx or check fewer or smaller files"
                    : "stack overflow"));
            if (System.getenv("CLAWLINT_DEBUG") != null) {
                e.printStackTrace();
            }
            code = ExitCodes.ERROR;
        }
        System.exit(code);
    }
}
