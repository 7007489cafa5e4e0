package dev.clawlint.core.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the config file OpenClaw would read when none is named (docs/openclaw/reading.md#where-the-file-is,
 * {@code src/config/paths.ts}): {@code OPENCLAW_CONFIG_PATH} if set; otherwise the first existing of
 * {@code $OPENCLAW_STATE_DIR/{openclaw,clawdbot}.json}, the profile's or default state folder
 * ({@code ~/.openclaw-<profile>} for {@code OPENCLAW_PROFILE}, else {@code ~/.openclaw}), then the
 * legacy {@code ~/.clawdbot}. {@code ~} is {@code OPENCLAW_HOME} when set, else the home folder.
 *
 * <p>The environment and home folder are inputs, so this can be tested without touching the user's files.
 */
public final class ConfigDiscovery {
    private static final List<String> NAMES = List.of("openclaw.json", "clawdbot.json");

    private ConfigDiscovery() {}

    /**
     * What discovery found.
     *
     * @param found the first candidate that exists, if any
     * @param tried every candidate, in the order OpenClaw tries them
     */
    public record Result(Optional<Path> found, List<Path> tried) {
        /** Copies the list. */
        public Result {
            tried = List.copyOf(tried);
        }
    }

    /**
     * Looks for the config.
     *
     * @param env the environment (only the {@code OPENCLAW_*} variables are read)
     * @param home the user's home folder
     * @param workingDir what relative paths are resolved against
     */
    public static Result discover(Map<String, String> env, Path home, Path workingDir) {
        Path effectiveHome = home;
        String openclawHome = trimmed(env, "OPENCLAW_HOME");
        if (!openclawHome.isEmpty()) {
            effectiveHome = expand(openclawHome, home, workingDir);
        }
        List<Path> candidates = new ArrayList<>();
        String explicit = trimmed(env, "OPENCLAW_CONFIG_PATH");
        if (!explicit.isEmpty()) {
            candidates.add(expand(explicit, effectiveHome, workingDir));
        } else {
            String stateDir = trimmed(env, "OPENCLAW_STATE_DIR");
            String profile = trimmed(env, "OPENCLAW_PROFILE");
            if (!stateDir.isEmpty()) {
                addNames(candidates, expand(stateDir, effectiveHome, workingDir));
            } else if (!profile.isEmpty() && !profile.equals("default")) {
                addNames(candidates, effectiveHome.resolve(".openclaw-" + profile));
            }
            addNames(candidates, effectiveHome.resolve(".openclaw"));
            addNames(candidates, effectiveHome.resolve(".clawdbot"));
        }
        Optional<Path> found = candidates.stream().filter(Files::isRegularFile).findFirst();
        return new Result(found, candidates);
    }

    private static void addNames(List<Path> candidates, Path dir) {
        for (String name : NAMES) {
            candidates.add(dir.resolve(name).normalize());
        }
    }

    private static String trimmed(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null ? "" : value.trim();
    }

    /** OpenClaw's {@code resolveHomeRelativePath}: a leading {@code ~} is the home folder. */
    static Path expand(String value, Path home, Path workingDir) {
        if (value.equals("~")) {
            return home.toAbsolutePath().normalize();
        }
        if (value.startsWith("~/") || value.startsWith("~\\")) {
            return home.resolve(value.substring(2)).toAbsolutePath().normalize();
        }
        return workingDir.resolve(value).toAbsolutePath().normalize();
    }
}
