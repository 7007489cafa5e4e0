package dev.clawlint.cli;

import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.api.SettingsFile;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.fix.AppliedFix;
import dev.clawlint.core.fix.FixFileResult;
import dev.clawlint.core.fix.FixRequest;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.ConfigReadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code clawlint fix FILE...}: applies the automatic fixes in place (atomically), or prints them as
 * a unified diff with {@code --dry-run}. Exit codes as for {@code check}, judged on the fixed text.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint fix --dry-run openclaw.json",
            "  clawlint fix --only legacy-brain openclaw.json",
            "  clawlint fix --rule duplicate-key=off openclaw.json%n"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:fixed (or nothing to fix), no remaining finding at or above --fail-on",
            "1:remaining findings at or above --fail-on",
            "2:usage error, or a file that cannot be read, fixed or written"},
        description = "Apply automatic fixes to OpenClaw config files, in place (or show them with --dry-run).")
final class FixCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files to fix.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the changes as a unified diff and write nothing.")
    boolean dryRun;

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "As in check: override a rule's severity (error, warning, info) or switch it off, e.g."
                    + " --rule duplicate-key=off (its fixes are then not applied either); repeatable.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--only", paramLabel = "ID", description = "Apply only this rule's fixes (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "As in check: the settings file for every FILE (default: the nearest .clawlint.json5 above each).")
    @Nullable Path config;

    @Option(names = "--target", paramLabel = "VERSION",
            description = "OpenClaw release line to judge against, e.g. 2026.7, or latest (default: the release that wrote the"
                    + " file, meta.lastTouchedVersion, else the latest).")
    @Nullable String target;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Least severe remaining finding that makes the exit code 1: error (default), warning or info.")
    String failOn = "error";

    @CommandLine.Mixin
    EnvironmentOptions environment = new EnvironmentOptions();

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        FixRequest request;
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
            for (String rule : rules) {
                if (!rule.contains("=")) {
                    throw new IllegalArgumentException("--rule takes ID=SEVERITY, as in check (e.g. --rule " + rule
                            + "=off); to apply only one rule's fixes: --only " + rule);
                }
            }
            request = new FixRequest(files, TargetVersion.parseRequested(target), environment.environment(),
                    RuleSettings.parse(rules), new LinkedHashSet<>(only), dryRun);
            request = request.withFileSettings(SettingsFile.forFiles(request.files(), config, request.ruleSettings(),
                    request.target()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
        } catch (SettingsFile.SettingsException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (ConfigReadException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        List<FixFileResult> results = new Clawlint().fix(request);
        int exit = report(results, dryRun, threshold, cl.getOut(), cl.getErr(), true);
        return exit;
    }

    /**
     * Prints what a fix run did and returns its exit code: 2 when a file could not be fixed or
     * written, else 1 when a remaining finding reaches {@code threshold}, else 0.
     *
     * @param listRemaining print the remaining findings (off when {@code check} prints them next)
     */
    static int report(List<FixFileResult> results, boolean dryRun, Severity threshold, PrintWriter out, PrintWriter err,
            boolean listRemaining) {
        boolean failedFile = false;
        boolean findings = false;
        for (FixFileResult r : results) {
            String error = r.error();
            if (error != null) {
                err.println("clawlint: " + error);
                failedFile = true;
            }
            if (r.outcome().refusal() != null) {
                continue;
            }
            if (dryRun) {
                out.print(r.diff());
            }
            String file = r.outcome().file();
            if (r.outcome().applied().isEmpty()) {
                out.println(file + ": nothing to fix");
            } else {
                // one truthful line: fixes whose file could not be written were not applied (the error line says why)
                boolean notWritten = !dryRun && r.outcome().changed() && !r.written();
                out.println(file + ": " + (dryRun ? "would apply " : notWritten ? "could not apply " : "applied ")
                        + summary(r.outcome().applied())
                        + (notWritten ? "" : r.outcome().alsoChanged(dryRun)) + (dryRun ? " (dry run, nothing written)" : ""));
            }
            for (Diagnostic d : r.outcome().remaining()) {
                if (d.severity().atLeast(threshold)) {
                    findings = true;
                }
                if (listRemaining) {
                    out.println("  remaining: " + d.toLine());
                }
            }
        }
        out.flush();
        err.flush();
        return failedFile ? ExitCodes.ERROR : findings ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private static String summary(List<AppliedFix> applied) {
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (AppliedFix f : applied) {
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, n) -> parts.add(rule + (n > 1 ? " x" + n : "")));
        return applied.size() + (applied.size() == 1 ? " fix: " : " fixes: ") + String.join(", ", parts);
    }
}
