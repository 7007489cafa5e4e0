package dev.clawlint.cli;

import dev.clawlint.core.report.ReportFiles;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: global options only; the work is in the subcommands. */
@Command(
        name = "clawlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks OpenClaw configurations (openclaw.json) before they reach a gateway.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the failure severity",
            "1:findings at or above the failure severity",
            "2:usage error, unreadable file, or internal error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint check                      ./openclaw.json, else the config OpenClaw reads",
            "  clawlint check deploy/ --format text --format sarif=clawlint.sarif",
            "  clawlint fix --dry-run openclaw.json",
            "  clawlint help check                 a command's options, examples and exit codes%n"
        })
public final class ClawlintCommand implements Runnable {
    /** The subcommands, in the order {@code clawlint --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, FixCommand.class,
            ResolveCommand.class, RulesCommand.class, ExplainCommand.class, SchemaCommand.class, InitCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class);

    /** The subcommands that read the whole command tree: help of another command, completion scripts of all. */
    private static final Set<Class<?>> NEED_THE_TREE = Set.of(CompletionCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before run()
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'clawlint check FILE'");
    }

    /**
     * A usage error: one line, {@code clawlint: <what is wrong> (see 'clawlint help <command>')}, not the whole
     * usage; picocli's suggestions for a mistyped option or command are kept on that line.
     */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        String message = String.valueOf(e.getMessage()).strip();
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            CommandLine.UnmatchedArgumentException unmatched = (CommandLine.UnmatchedArgumentException) e;
            java.util.List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += "; did you mean " + String.join(" or ", suggestions.stream().limit(3).map(s -> "'" + s + "'").toList()) + "?";
            }
        }
        String command = failed.getCommandName();
        String help = failed.getParent() == null ? "clawlint help" : "clawlint help " + command;
        failed.getErr().println("clawlint: " + message.replaceAll("\\s*\\R\\s*", " ") + " (see '" + help + "')");
        failed.getErr().flush();
        return ExitCodes.ERROR;
    }

    /** A command line with every subcommand and clawlint's exit-code conventions, printing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return forArgs(new String[0], System.in, out, err);
    }

    /**
     * The command line that runs {@code args}, with clawlint's exit-code conventions, printing to stdout and stderr
     * in UTF-8 whatever the locale: a report piped or redirected is the same bytes as one written with {@code -o}.
     */
    public static CommandLine forArgs(String[] args) {
        return forArgs(args, System.in, ReportFiles.utf8(System.out), ReportFiles.utf8(System.err));
    }

    /**
     * {@link #forArgs(String[])} reading {@code -} from {@code in} and printing to the given streams. When
     * {@code args} start with a subcommand that needs no other, only that one is built: picocli builds each
     * subcommand's model by reflection, which the others would add to the start-up of every check.
     */
    static CommandLine forArgs(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(in, args.length == 0 ? null : args[0]);
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    private static boolean isNamed(Class<?> type, @Nullable String name) {
        Command command = type.getAnnotation(Command.class);
        return command != null && command.name().equals(name);
    }

    /** The command line with every subcommand, or only {@code first}'s when it names one that needs no other. */
    private static CommandLine commandLine(InputStream in, @Nullable String first) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CheckCommand.class ? type.cast(new CheckCommand(in)) : defaults.create(type);
            }
        };
        CommandLine cl = new CommandLine(new ClawlintCommand(), factory);
        Class<?> only = SUBCOMMANDS.stream()
                .filter(type -> !NEED_THE_TREE.contains(type) && isNamed(type, first))
                .findFirst().orElse(null);
        for (Class<?> type : only == null ? SUBCOMMANDS : List.of(only)) {
            cl.addSubcommand(new CommandLine(type, factory));
        }
        cl.setExitCodeExceptionMapper(t -> ExitCodes.ERROR);
        cl.setParameterExceptionHandler(ClawlintCommand::usageError);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            // an internal error: one line, never a stack trace (set CLAWLINT_DEBUG=1 to see it)
            line.getErr().println("clawlint: internal error: " + ex);
            if (System.getenv("CLAWLINT_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return ExitCodes.ERROR;
        });
        return cl;
    }
}
