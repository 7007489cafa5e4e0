package dev.clawlint.cli;

import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.api.ResolveRequest;
import dev.clawlint.core.api.ResolvedFile;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.resolve.ResolveJsonRenderer;
import dev.clawlint.core.report.resolve.ResolveOptions;
import dev.clawlint.core.report.resolve.ResolveTextRenderer;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveConfigWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code clawlint resolve [FILE]}: the effective config OpenClaw will run (models, providers,
 * agents' routing), optionally with where every value came from. Secrets are redacted unless
 * {@code --show-secrets} is given.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Print the effective config OpenClaw will run: every provider, model and agent route, "
                + "with OpenClaw's defaults filled in and the guide's shapes mapped to canonical ones.")
final class ResolveCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "Config file to resolve (default: the one OpenClaw would read, found as OpenClaw finds it).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (default), json, or config (the effective config written back as a "
                    + "canonical openclaw.json for the target).")
    String format = "text";

    @Option(names = "--target", paramLabel = "VERSION", defaultValue = "latest",
            description = "OpenClaw release whose shapes and defaults apply, e.g. 2026.9 (default: latest).")
    String target = "latest";

    @Option(names = "--show-origin", description = "Say where every value came from (file:line:col, env:VAR, default, migrated from, built-in).")
    boolean showOrigin;

    @CommandLine.Mixin
    EnvironmentOptions environmentOptions = new EnvironmentOptions();

    @Option(names = "--show-secrets", description = "Print credentials and other secret values instead of <redacted>.")
    boolean showSecrets;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        TargetVersion version;
        try {
            version = TargetVersion.parse(target);
            if (!format.equals("text") && !format.equals("json") && !format.equals("config")) {
                throw new IllegalArgumentException("unknown format '" + format + "' (expected text, json or config)");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
        }
        ResolvedFile resolved;
        try {
            Environment environment;
            try {
                environment = environmentOptions.environment();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
            }
            Path file = ConfigFiles.namedOrDiscovered(files, environmentOptions.discoveryVariables(), "resolve").get(0);
            resolved = new Clawlint().resolve(new ResolveRequest(List.of(file), version, environment)).get(0);
        } catch (ConfigReadException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        // what the loader found (an unreadable $include, say) is printed, so a value missing from the
        // effective config is not a mystery; only a file with no document at all stops the command
        for (Diagnostic d : resolved.loaderFindings()) {
            cl.getErr().println(d.toLine());
        }
        EffectiveConfig effective = resolved.effective();
        if (effective == null) {
            if (resolved.loaderFindings().isEmpty()) {
                cl.getErr().println("clawlint: " + resolved.file() + ": cannot be read as a config");
            }
            return ExitCodes.ERROR;
        }
        ResolveOptions options = new ResolveOptions(showOrigin, showSecrets);
        String name = resolved.file();
        cl.getOut().print(switch (format) {
            case "json" -> ResolveJsonRenderer.render(name, effective, options);
            case "config" -> EffectiveConfigWriter.write(effective, !showSecrets);
            default -> ResolveTextRenderer.render(name, effective, options);
        });
        cl.getOut().flush();
        return ExitCodes.CLEAN;
    }
}
