package dev.clawlint.cli;

import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code clawlint schema}: prints the published JSON Schema, byte for byte as shipped (written to the
 * raw standard output, not through a character writer, so no re-encoding can change it).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print clawlint's JSON Schema for openclaw.json (for editors; see docs/editors.md).")
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
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
