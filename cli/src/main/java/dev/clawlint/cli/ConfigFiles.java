package dev.clawlint.cli;

import dev.clawlint.core.load.ConfigDiscovery;
import dev.clawlint.core.load.ConfigReadException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The files a command works on: those named, or else the one OpenClaw itself would read. */
final class ConfigFiles {
    private ConfigFiles() {}

    /**
     * The named files, or the discovered config when none is named.
     *
     * @param command the command name, for the message that suggests naming a file
     * @throws ConfigReadException listing every place tried when nothing is named and nothing is found
     */
    static List<Path> namedOrDiscovered(List<Path> named, Map<String, String> env, String command)
            throws ConfigReadException {
        if (!named.isEmpty()) {
            return named;
        }
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ".")));
        ConfigDiscovery.Result found = ConfigDiscovery.discover(env, home, Path.of("").toAbsolutePath());
        if (found.found().isPresent()) {
            return List.of(found.found().get());
        }
        StringBuilder tried = new StringBuilder();
        for (Path p : found.tried()) {
            tried.append(System.lineSeparator()).append("  ").append(p);
        }
        throw new ConfigReadException("no FILE given and no OpenClaw config found where OpenClaw looks for one;"
                + " tried:" + tried + System.lineSeparator() + "Name the file: clawlint " + command + " FILE");
    }
}
