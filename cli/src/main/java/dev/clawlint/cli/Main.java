package dev.clawlint.cli;

import picocli.CommandLine;

/** Entry point of the {@code clawlint} command; the only class that calls {@link System#exit}. */
public final class Main {
    private Main() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(ClawlintCommand.commandLine().execute(args));
    }
}
