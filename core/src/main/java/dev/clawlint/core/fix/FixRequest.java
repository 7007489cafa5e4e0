package dev.clawlint.core.fix;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.FileSettings;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Everything a shell tells core about one fix run.
 *
 * @param files the config files to fix, as the user named them
 * @param target the OpenClaw release line the fixes aim at; null to choose it per file (the release that wrote
 *     it, else the newest)
 * @param environment the environment for {@code ${VAR}}
 * @param ruleSettings severity overrides (a rule switched off does not fix either)
 * @param onlyRules the rules whose fixes may run; empty for all
 * @param dryRun compute the diffs but write nothing
 * @param fileSettings per file, the rules and target a settings file gives it ({@code .clawlint.json5}); a file
 *     without an entry is fixed with {@link #ruleSettings} and {@link #target}
 */
public record FixRequest(
        List<Path> files,
        @Nullable TargetVersion target,
        Environment environment,
        RuleSettings ruleSettings,
        Set<String> onlyRules,
        boolean dryRun,
        Map<Path, FileSettings> fileSettings) {
    /** Copies the collections; an unknown rule id is an {@link IllegalArgumentException}. */
    public FixRequest {
        files = List.copyOf(files);
        onlyRules = Set.copyOf(onlyRules);
        fileSettings = Map.copyOf(fileSettings);
        BuiltInRules.requireKnown(ruleSettings.mentionedIds());
        BuiltInRules.requireKnown(onlyRules);
        for (FileSettings f : fileSettings.values()) {
            BuiltInRules.requireKnown(f.rules().mentionedIds());
        }
    }

    /** A request without per-file settings. */
    public FixRequest(List<Path> files, @Nullable TargetVersion target, Environment environment, RuleSettings ruleSettings,
            Set<String> onlyRules, boolean dryRun) {
        this(files, target, environment, ruleSettings, onlyRules, dryRun, Map.of());
    }

    /** The rules and target {@code file} is fixed with. */
    public FileSettings settingsFor(Path file) {
        FileSettings own = fileSettings.get(file);
        return own != null ? own : new FileSettings(ruleSettings, target);
    }

    /** This request with per-file settings (a settings file's, already combined with the command line's). */
    public FixRequest withFileSettings(Map<Path, FileSettings> settings) {
        return new FixRequest(files, target, environment, ruleSettings, onlyRules, dryRun, settings);
    }

    /** Every fix, target chosen per file, unknown environment, written in place. */
    public static FixRequest of(List<Path> files) {
        return new FixRequest(files, null, Environment.unknown(), RuleSettings.DEFAULTS, Set.of(), false);
    }
}
