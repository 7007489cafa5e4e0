package dev.clawlint.cli;

import dev.clawlint.core.api.SettingsSchema;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.schema.EditorSchema;
import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clawlint schema}: prints the published JSON Schema, byte for byte as shipped (written to the
 * raw standard output, not through a character writer, so no re-encoding can change it); with
 * {@code --target}, the whole-file schema of that release ({@link EditorSchema}).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint schema > .vscode/openclaw.schema.json",
            "  clawlint schema --target 2026.7",
            "  clawlint schema --settings > .vscode/clawlint-settings.schema.json%n"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the schema was printed",
            "2:usage error"},
        description = "Print clawlint's JSON Schema for openclaw.json (for editors: docs/editors.md). With --target, the"
                + " whole-file schema of that OpenClaw release: clawlint's models and agents, the release's own schema for"
                + " every other section. With --settings, the schema of clawlint's own settings file, .clawlint.json5.")
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", paramLabel = "VERSION", description = "OpenClaw release line, e.g. 2026.7, or latest.")
    @Nullable String target;

    @Option(names = "--settings", description = "The schema of the settings file (.clawlint.json5) instead.")
    boolean settings;

    @Override
    public Integer call() {
        if (settings) {
            if (target != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--settings has no release: leave out --target");
            }
            spec.commandLine().getOut().print(SettingsSchema.schema());
            spec.commandLine().getOut().flush();
            return ExitCodes.CLEAN;
        }
        if (target != null) {
            TargetVersion release;
            try {
                release = TargetVersion.parse(target);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
            }
            byte[] composed = EditorSchema.forTarget(release).getBytes(StandardCharsets.UTF_8);
            System.out.write(composed, 0, composed.length);
            System.out.flush();
            return ExitCodes.CLEAN;
        }
        byte[] bytes;
        try (InputStream in = ClawlintSchema.class.getResourceAsStream("/" + ClawlintSchema.RESOURCE)) {
            if (in == null) {
                spec.commandLine().getErr().println("clawlint: the schema is missing from this build (" + ClawlintSchema.RESOURCE + ")");
                return ExitCodes.ERROR;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            spec.commandLine().getErr().println("clawlint: cannot read the bundled schema: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        spec.commandLine().getOut().flush();
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
        return ExitCodes.CLEAN;
    }
}
