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
import dev.clawlint.core.report.resolve.Verdict;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveConfigWriter;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.schema.UpstreamSchemaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;

/**
 * {@code clawlint resolve [FILE]}: the effective config OpenClaw will run (models, providers,
 * agents' routing), optionally with where every value came from. Secrets are redacted unless
 * {@code --show-secrets} is given.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint resolve openclaw.json",
            "  clawlint resolve --show-origin openclaw.json",
            "  clawlint resolve --env-file .env openclaw.json%n"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:OpenClaw accepts every file",
            "1:OpenClaw would reject a file",
            "2:usage error, or a file that cannot be read"},
        description = "Print the effective config OpenClaw will run: every provider, model and agent route, "
                + "with OpenClaw's defaults filled in and the guide's shapes mapped to canonical ones.")
final class ResolveCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Config files to resolve, each in turn (default: the one OpenClaw would read, found as OpenClaw finds it).")
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

    @Option(names = "--upstream-schema", paramLabel = "FILE",
            description = "Check every section against this schema (the output of `openclaw config schema`) for the verdict.")
    @Nullable Path upstreamSchema;

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
        List<ResolvedFile> resolved;
        try {
            Environment environment;
            try {
                environment = environmentOptions.environment();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, String.valueOf(e.getMessage()));
            }
            List<Path> named = ConfigFiles.namedOrDiscovered(files, environmentOptions.discoveryVariables(), "resolve");
            if (named.size() > 1 && format.equals("config")) {
                throw new CommandLine.ParameterException(cl, "--format config writes one config: name one file");
            }
            UpstreamSchema upstream = upstreamSchema == null ? null : UpstreamSchema.load(upstreamSchema);
            resolved = new Clawlint().resolve(new ResolveRequest(named, version, environment, upstream));
        } catch (ConfigReadException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (UpstreamSchemaException e) {
            cl.getErr().println("clawlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        ResolveOptions options = new ResolveOptions(showOrigin, showSecrets);
        List<String> names = new ArrayList<>();
        List<EffectiveConfig> configs = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        int exit = ExitCodes.CLEAN;
        for (ResolvedFile file : resolved) {
            // what the loader found (an unreadable $include, say) is printed, so a value missing from the
            // effective config is not a mystery; only a file with no document at all is left out
            for (Diagnostic d : file.loaderFindings()) {
                cl.getErr().println(dev.clawlint.core.report.TextReporter.escaped(d.toLine()));
            }
            EffectiveConfig effective = file.effective();
            if (effective == null) {
                if (file.loaderFindings().isEmpty()) {
                    cl.getErr().println("clawlint: " + file.file() + ": cannot be read as a config");
                }
                exit = ExitCodes.ERROR;
                continue;
            }
            if (!file.verdict().accepts() && exit == ExitCodes.CLEAN) {
                exit = ExitCodes.FINDINGS; // the effective config is shown, but OpenClaw would not start with it
            }
            names.add(file.file());
            configs.add(effective);
            verdicts.add(file.verdict());
        }
        StringBuilder out = new StringBuilder();
        if (format.equals("json")) {
            if (configs.size() == 1) {
                out.append(ResolveJsonRenderer.render(names.get(0), configs.get(0), verdicts.get(0), options));
            } else if (configs.size() > 1) {
                out.append(ResolveJsonRenderer.renderAll(names, configs, verdicts, options));
            }
        } else {
            for (int i = 0; i < configs.size(); i++) {
                if (format.equals("config")) {
                    out.append(EffectiveConfigWriter.write(configs.get(i), !showSecrets));
                } else {
                    out.append(i == 0 ? "" : "\n").append(ResolveTextRenderer.render(names.get(i), configs.get(i), verdicts.get(i), options));
                }
            }
        }
        cl.getOut().print(out);
        cl.getOut().flush();
        if (format.equals("config") && !verdicts.isEmpty() && !verdicts.get(0).accepts()) {
            // the written config goes to stdout; the warning that OpenClaw rejects the original goes to stderr
            cl.getErr().println("clawlint: " + verdicts.get(0).sentence(names.get(0)));
        }
        return exit;
    }
}
