package dev.clawlint.cli;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.CheckResult;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.JsonReporter;
import dev.clawlint.core.report.Reporter;
import dev.clawlint.core.report.TextReporter;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.schema.UpstreamSchemaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clawlint check FILE...}: findings for each file, exit 1 when any reaches the failure severity. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check OpenClaw config files and print findings.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files to check.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (default) or json.")
    String format = "text";

    @Option(names = "--target", paramLabel = "VERSION", defaultValue = "latest",
            description = "OpenClaw release to judge against, e.g. 2026.9 (default: latest).")
    String target = "latest";

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Least severe finding that makes the exit code 1: error (default), warning or info.")
    String failOn = "error";

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "Override a rule's severity (error, warning, info) or switch it off, e.g. --rule local-timeout=off.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--upstream-schema", paramLabel = "FILE",
            description = "Also check the sections clawlint does not model against this schema (the output of `openclaw config schema`).")
    @Nullable Path upstreamSchema;

    @Option(names = "--no-source", description = "Do not print the source line and carets under each finding.")
    boolean noSource;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        CheckRequest request;
        Reporter reporter;
        try {
            request = new CheckRequest(files, TargetVersion.parse(target), Environment.unknown(),
                    RuleSettings.parse(rules), Severity.parse(failOn));
            reporter = switch (format) {
                case "text" -> new TextReporter(!noSource);
                case "json" -> new JsonReporter();
                default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected text or json)");
            };
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
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
                request = new CheckRequest(request.files(), request.target(), request.environment(),
                        request.ruleSettings(), request.failOn(), upstream);
            } catch (UpstreamSchemaException e) {
                cl.getErr().println("clawlint: " + e.getMessage());
                return ExitCodes.ERROR;
            }
        }
        CheckResult result;
        try {
            result = new Clawlint().check(request);
        } catch (ConfigReadException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        cl.getOut().print(reporter.render(result));
        cl.getOut().flush();
        return result.failed() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
