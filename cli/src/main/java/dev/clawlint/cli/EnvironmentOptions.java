package dev.clawlint.cli;

import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.DotEnv;
import dev.clawlint.core.load.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The environment OpenClaw will run with, for {@code ${VAR}} substitution, {@code OPENCLAW_INCLUDE_ROOTS}
 * and config discovery. A picocli mixin, so every command that loads configs offers the same options.
 *
 * <p>With none of these options the environment is <em>unknown</em>: references stay unresolved and
 * nothing is reported missing. Later sources win: {@code --process-env}, then each {@code --env-file}
 * in order, then each {@code --env}.
 */
final class EnvironmentOptions {
    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Read variables from a dotenv file (NAME=VALUE lines, # comments, optional quotes and 'export').")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME=VALUE", description = "Set one variable (repeatable).")
    List<String> vars = new ArrayList<>();

    @Option(names = "--process-env", description = "Use clawlint's own process environment as OpenClaw's.")
    boolean processEnv;

    /**
     * The environment these options describe.
     *
     * @throws ConfigReadException when an env file cannot be read or has a bad line
     * @throws IllegalArgumentException when an {@code --env} value is not {@code NAME=VALUE}
     */
    Environment environment() throws ConfigReadException {
        if (!processEnv && envFiles.isEmpty() && vars.isEmpty()) {
            return Environment.unknown();
        }
        return Environment.of(variables(processEnv ? System.getenv() : Map.of()));
    }

    /**
     * The variables config discovery sees: OpenClaw finds its config through {@code OPENCLAW_*}
     * variables of its own process, so discovery always reads this process's environment, with the
     * variables given by these options on top.
     */
    Map<String, String> discoveryVariables() throws ConfigReadException {
        return variables(System.getenv());
    }

    private Map<String, String> variables(Map<String, String> base) throws ConfigReadException {
        Map<String, String> all = new LinkedHashMap<>(base);
        for (Path file : envFiles) {
            all.putAll(DotEnv.read(file));
        }
        for (String pair : vars) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--env expects NAME=VALUE, got '" + pair + "'");
            }
            all.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return all;
    }
}
