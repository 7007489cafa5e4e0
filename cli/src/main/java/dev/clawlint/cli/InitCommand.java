package dev.clawlint.cli;

import dev.clawlint.core.api.SettingsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clawlint init}: writes a commented starter {@code .clawlint.json5} that changes nothing until edited. */
@Command(name = "init", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint init              writes ./.clawlint.json5",
            "  clawlint init deploy/      writes deploy/.clawlint.json5, for the configs in deploy/ and below%n"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the settings file was written",
            "2:it exists already (it is never overwritten), or it cannot be written"},
        description = "Write a commented starter settings file, .clawlint.json5, which `clawlint check` finds from every"
                + " config file in its folder and below.")
final class InitCommand implements Callable<Integer> {
    /** The starter: every setting shown, none in force. */
    static final String STARTER = """
            // clawlint settings: `clawlint check` uses the nearest .clawlint.json5 above each config file
            // (or the one --config names). --rule and --target on the command line win over what is here.
            {
              // The OpenClaw release your gateway runs (default: the one that last wrote each file, else the latest).
              // target: "2026.9",

              // The reports `clawlint check` writes when its command line names none (files relative to this one).
              // format: ["text", "sarif=clawlint.sarif"],

              // Severities per rule: error, warning, info or off (`clawlint rules` lists the ids); a rule with
              // options takes [severity, { options }] (each rule's page, docs/rules/, lists its options).
              rules: {
                // "local-timeout": "off",
                // "small-model-tool-use": ["error", { minBillions: 14 }],
                // "hardware-fit": ["warning", { hosts: { "gpu-box.lan": 24 } }],
                // "insecure-endpoint": ["error", { allowedHosts: ["gpu.example.org"] }],
              },

              // Other settings for some files: globs relative to this file; later entries win.
              overrides: [
                // { files: ["staging/**"], target: "2026.7", rules: { "keep-alive": "info" } },
              ],
            }
            """;

    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The folder to write it in (default: the working directory).")
    Path dir = Path.of("");

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        Path file = dir.resolve(SettingsFile.NAMES.get(0));
        try {
            Files.createDirectories(dir.toAbsolutePath());
            Files.writeString(file, STARTER, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            cl.getErr().println("clawlint: " + file + " exists already; edit it, or remove it first to start over");
            return ExitCodes.ERROR;
        } catch (IOException e) {
            cl.getErr().println("clawlint: cannot write " + file + ": " + e.getMessage());
            return ExitCodes.ERROR;
        }
        cl.getErr().println("clawlint: wrote " + file + " (every setting commented out: nothing changes until you edit it)");
        return ExitCodes.CLEAN;
    }
}
