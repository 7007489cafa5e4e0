package dev.clawlint.cli;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.api.SettingsFile;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.fix.FixFileResult;
import dev.clawlint.core.fix.FixRequest;
import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.UpgradeAudit;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.Baseline;
import dev.clawlint.core.report.ReportFiles;
import dev.clawlint.core.report.ReportOptions;
import dev.clawlint.core.report.Reporters;
import dev.clawlint.core.report.UpgradeReporter;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.schema.UpstreamSchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clawlint check FILE...}: findings for each file, exit 1 when any reaches the failure severity. */
@Command(name = "check", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint check openclaw.json",
            "  clawlint check deploy/ --format text --format sarif=clawlint.sarif",
            "  cat openclaw.json | clawlint check - --stdin-filename openclaw.json",
            "  clawlint check 'conf/**/*.json5' --fail-on warning --max-warnings 0",
            "  clawlint check openclaw.json --write-baseline .clawlint-baseline.json   (once, on a legacy config)",
            "  clawlint check openclaw.json --baseline .clawlint-baseline.json        (then: new findings only)%n"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on, and no more warnings than --max-warnings",
            "1:findings at or above --fail-on, or more warnings than --max-warnings",
            "2:usage error, or an unreadable file (reported with the others)"},
        description = "Check OpenClaw config files and print findings.")
final class CheckCommand implements Callable<Integer> {
    /** How many entries that no longer match a baseline lists by name. */
    private static final int STALE_LISTED = 20;

    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Config files, directories (searched for openclaw.json, openclaw.json5, *.openclaw.json and"
                    + " clawdbot.json, skipping node_modules, target and .git), quoted globs such as 'conf/**/*.json5', or -"
                    + " for standard input (default: ./openclaw.json or ./openclaw.json5, else the file OpenClaw would read).")
    List<String> files = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "PATH",
            description = "The name of the file read from standard input (-), for the report and for resolving its"
                    + " $include paths (default: <stdin>, includes relative to the working directory).")
    @Nullable Path stdinFilename;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
            description = "Output format: text (default), json, sarif, github, junit or checkstyle; repeatable. FORMAT=FILE"
                    + " writes that report to FILE, e.g. --format text --format sarif=clawlint.sarif. Without it, the"
                    + " settings file's \"format\" applies, if it has one.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the --format without =FILE to FILE (UTF-8) instead of standard output.")
    @Nullable Path output;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (default: on a terminal, unless NO_COLOR is set or FORCE_COLOR"
                    + " asks for it), always or never.")
    String color = "auto";

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Exit 1 when there are more than N warnings, even if none reaches --fail-on (default: no limit).")
    @Nullable Integer maxWarnings;

    @Option(names = {"-q", "--quiet"},
            description = "Report errors only: warnings and infos are left out of every report and do not count for the exit code.")
    boolean quiet;

    @Option(names = "--target", paramLabel = "VERSION",
            description = "OpenClaw release line to judge against, e.g. 2026.7, or latest (default: the release that wrote the"
                    + " file, meta.lastTouchedVersion, else the latest).")
    @Nullable String target;

    @Option(names = "--upgrade-to", paramLabel = "VERSION",
            description = "Upgrade audit: list what each file gets on this OpenClaw release that it does not get on the one it"
                    + " is judged for (--target, else the release that wrote it), with the defaults that change; exit 1 when"
                    + " that release would refuse a file. Formats: text, json.")
    @Nullable String upgradeTo;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Least severe finding that makes the exit code 1: error (default), warning or info.")
    String failOn = "error";

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "Override a rule's severity (error, warning, info) or switch it off, e.g. --rule local-timeout=off.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--upstream-schema", paramLabel = "FILE",
            description = "Also check the sections clawlint does not model against this schema (the output of `openclaw config schema`).")
    @Nullable Path upstreamSchema;

    @CommandLine.Mixin
    EnvironmentOptions environment = new EnvironmentOptions();

    @Option(names = "--fix", description = "Apply the automatic fixes first (as 'clawlint fix' does), then check the result.")
    boolean fix;

    @Option(names = "--vram-gb", paramLabel = "GB",
            description = "GPU memory of the machine that runs the local models; enables the hardware-fit rule.")
    @Nullable String vramGb;

    @Option(names = "--no-source", description = "Do not print the source line and carets under each finding.")
    boolean noSource;

    @Option(names = "--no-inline-suppressions",
            description = "Ignore every clawlint-disable comment in the checked files (a central audit).")
    boolean noInlineSuppressions;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The settings file for every FILE (default: the nearest .clawlint.json5 or .clawlint.json in"
                    + " each config file's folder or above). --rule and --target override what it says.")
    @Nullable Path config;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only the findings this baseline does not hold, and list its entries that match nothing"
                    + " any more (fixed or changed), so that it only shrinks.")
    @Nullable Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every finding of this run in FILE (by rule, file, JSON pointer and a hash of the flagged"
                    + " text, not by line), then judge the run against it: adopting clawlint on a legacy config.")
    @Nullable Path writeBaseline;

    /** Where {@code -} reads from. */
    private final InputStream stdin;

    /** A check reading {@code -} from this stream. */
    @SuppressWarnings("initialization.fields.uninitialized") // spec is injected by picocli before call()
    CheckCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** A check reading {@code -} from the process's standard input. */
    CheckCommand() {
        this(System.in);
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        CheckRequest request;
        List<Outputs.Output> outputs;
        boolean colored;
        List<Path> checked;
        Environment env;
        Map<Path, byte[]> contents = new HashMap<>();
        try {
            env = environment.environment();
            checked = ConfigFiles.expand(files, environment.discoveryVariables(), "check");
            if (checked.contains(ConfigFiles.STDIN)) {
                if (fix || upgradeTo != null) {
                    throw new IllegalArgumentException((fix ? "--fix" : "--upgrade-to") + " cannot work on standard input (-)");
                }
                Path stdinName = stdinFilename;
                Path stdinPath = stdinName == null ? ConfigFiles.STDIN : stdinName;
                List<Path> replaced = new ArrayList<>(checked);
                replaced.set(replaced.indexOf(ConfigFiles.STDIN), stdinPath);
                checked = List.copyOf(replaced);
                contents.put(stdinPath, stdin.readAllBytes());
            } else if (stdinFilename != null) {
                throw new IllegalArgumentException("--stdin-filename names the file read from standard input; name - as a FILE too");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
        } catch (ConfigReadException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (IOException e) {
            cl.getErr().println("clawlint: cannot read standard input: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        try {
            request = new CheckRequest(checked, TargetVersion.parseRequested(target), env,
                    RuleSettings.parse(rules), Severity.parse(failOn));
            if (vramGb != null) {
                request = request.withHardware(HardwareProfile.ofVramGb(vramGb));
            }
            outputs = Outputs.parse(formats.isEmpty() && upgradeTo == null ? formatsOfTheRun() : formats, output);
            request = request.withInlineSuppressions(!noInlineSuppressions);
            request = request.withFileSettings(SettingsFile.forFiles(checked, config, request.ruleSettings(),
                    request.target()));
            boolean terminal = System.console() != null && outputs.stream().anyMatch(o -> o.file() == null);
            colored = Outputs.color(color, System.getenv(), terminal);
            if (baseline != null && writeBaseline != null) {
                throw new IllegalArgumentException("--baseline reads a baseline and --write-baseline writes one; give one of them");
            }
            if (maxWarnings != null && maxWarnings < 0) {
                throw new IllegalArgumentException("--max-warnings takes a count of 0 or more, not " + maxWarnings);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
        } catch (SettingsFile.SettingsException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (upstreamSchema != null) {
            try {
                UpstreamSchema upstream = UpstreamSchema.load(upstreamSchema);
                if (upstream.unresolvedRefs() > 0) {
                    cl.getErr().println("clawlint: note: " + upstream.unresolvedRefs() + " $ref(s) in " + upstreamSchema
                            + " point nowhere; the values they describe are not checked");
                }
                if (upstream.droppedPatterns() > 0) {
                    cl.getErr().println("clawlint: note: " + upstream.droppedPatterns() + " pattern(s) in " + upstreamSchema
                            + " are not usable regular expressions here; those values are not checked against them");
                }
                request = request.withUpstreamSchema(upstream);
            } catch (UpstreamSchemaException e) {
                cl.getErr().println("clawlint: " + e.getMessage());
                return ExitCodes.ERROR;
            }
        }
        if (fix) {
            FixRequest fixRequest = new FixRequest(checked, request.target(), request.environment(), request.ruleSettings(),
                    Set.of(), false, request.fileSettings());
            List<FixFileResult> fixed = new Clawlint().fix(fixRequest);
            if (FixCommand.report(fixed, false, request.failOn(), cl.getErr(), cl.getErr(), false) == ExitCodes.ERROR) {
                return ExitCodes.ERROR;
            }
        }
        if (upgradeTo != null) {
            return upgrade(request, outputs, cl);
        }
        CheckResult result = new Clawlint().check(request, contents);
        if (quiet) {
            result = result.atLeast(Severity.ERROR);
        }
        CheckResult judged = againstBaseline(result, cl);
        if (judged == null) {
            return ExitCodes.ERROR;
        }
        result = judged;
        boolean written = true;
        for (Outputs.Output o : outputs) {
            Path file = o.file();
            ReportOptions options = new ReportOptions(!noSource, colored && file == null, null);
            written &= write(Reporters.byName(o.format(), options).render(result), file, cl);
        }
        if (!written || !result.unreadable().isEmpty()) {
            return ExitCodes.ERROR;
        }
        long warnings = result.count(Severity.WARNING);
        Integer limit = maxWarnings;
        if (limit != null && warnings > limit) {
            cl.getErr().println("clawlint: " + warnings + " warnings, more than --max-warnings " + limit + " allows");
            return ExitCodes.FINDINGS;
        }
        return result.failed() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /**
     * The run as {@code --baseline} or {@code --write-baseline} judges it (unchanged without either), with what the
     * baseline did on standard error; null (after one clawlint: line) when the baseline cannot be read or written.
     */
    private @Nullable CheckResult againstBaseline(CheckResult result, CommandLine cl) {
        Baseline accepted;
        Path file;
        try {
            if (writeBaseline != null) {
                file = writeBaseline;
                accepted = Baseline.of(result, file);
                ReportFiles.write(file, accepted.toJson());
                cl.getErr().println("clawlint: wrote " + accepted.entries().size() + " finding(s) to the baseline " + file
                        + "; check with --baseline " + file + " to report only new ones");
            } else if (baseline != null) {
                file = baseline;
                accepted = Baseline.read(file);
            } else {
                return result;
            }
        } catch (Baseline.BaselineException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return null;
        } catch (IOException e) {
            cl.getErr().println("clawlint: cannot write the baseline " + writeBaseline + ": " + e.getMessage());
            return null;
        }
        Baseline.Applied applied = accepted.apply(result);
        if (!applied.stale().isEmpty()) {
            cl.getErr().println("clawlint: " + applied.stale().size() + " entr" + (applied.stale().size() == 1 ? "y" : "ies")
                    + " of the baseline " + file + " match no finding any more (fixed, or changed so that they count as new);"
                    + " shrink it with --write-baseline " + file + ":");
            applied.stale().stream().limit(STALE_LISTED).forEach(e -> cl.getErr().println("  " + e.file() + " "
                    + (e.pointer().isEmpty() ? "(whole file)" : e.pointer()) + " [" + e.rule() + "]"));
            if (applied.stale().size() > STALE_LISTED) {
                cl.getErr().println("  ... and " + (applied.stale().size() - STALE_LISTED) + " more");
            }
        }
        return applied.result();
    }

    private int upgrade(CheckRequest request, List<Outputs.Output> outputs, CommandLine cl) {
        TargetVersion to;
        try {
            to = TargetVersion.parse(String.valueOf(upgradeTo));
            for (Outputs.Output o : outputs) {
                if (!o.format().equals("text") && !o.format().equals("json")) {
                    throw new IllegalArgumentException("--upgrade-to reports as text or json, not " + o.format());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
        }
        List<UpgradeAudit> audits;
        try {
            audits = new Clawlint().upgrade(request, to);
        } catch (ConfigReadException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        boolean written = true;
        for (Outputs.Output o : outputs) {
            String report = o.format().equals("json") ? UpgradeReporter.json(audits) : UpgradeReporter.text(audits);
            written &= write(report, o.file(), cl);
        }
        if (!written) {
            return ExitCodes.ERROR;
        }
        return audits.stream().anyMatch(UpgradeAudit::rejectedAfterUpgrade) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The settings file's {@code format} when the command line names none ({@code --config}'s, else the nearest one). */
    private List<String> formatsOfTheRun() throws SettingsFile.SettingsException {
        SettingsFile settings = SettingsFile.forRun(config);
        return settings == null ? List.of() : settings.formats();
    }

    /** Prints the report, or writes it to {@code file}; false (with a message) when it cannot be written. */
    private static boolean write(String report, @Nullable Path output, CommandLine cl) {
        if (output == null) {
            cl.getOut().print(report);
            cl.getOut().flush();
        } else {
            try {
                ReportFiles.write(output, report);
            } catch (IOException e) {
                cl.getErr().println("clawlint: cannot write the report to " + output + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }
}
