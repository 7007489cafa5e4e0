package dev.clawlint.core.api;

import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.FileSettings;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.UpstreamSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Everything a shell (CLI, Maven plugin) tells core about one check run.
 *
 * @param files the config files to check, as the user named them
 * @param target the OpenClaw release line verdicts are relative to; null to choose it per file
 *     ({@link TargetChoice}: the release that wrote it, else the newest)
 * @param environment the environment for {@code ${VAR}} substitution
 * @param ruleSettings per-rule severity overrides
 * @param failOn the least severe finding that fails the run
 * @param hardware the machine local models run on ({@code hardware-fit} needs it)
 * @param upstreamSchema the user's {@code openclaw config schema} output, to also check the sections
 *     clawlint does not model ({@code --upstream-schema}); null for none
 * @param fileSettings per file of {@link #files}, the rules and target a settings file gives it ({@code .clawlint.json5});
 *     a file without an entry is checked with {@link #ruleSettings} and {@link #target}
 * @param inlineSuppressions whether {@code clawlint-disable} comments are honoured; false for a central audit
 *     ({@code --no-inline-suppressions})
 */
public record CheckRequest(
        List<Path> files,
        @Nullable TargetVersion target,
        Environment environment,
        RuleSettings ruleSettings,
        Severity failOn,
        HardwareProfile hardware,
        @Nullable UpstreamSchema upstreamSchema,
        Map<Path, FileSettings> fileSettings,
        boolean inlineSuppressions) {
    /** Copies the collections; an unknown rule id is an {@link IllegalArgumentException}. */
    public CheckRequest {
        files = List.copyOf(files);
        fileSettings = Map.copyOf(fileSettings);
        BuiltInRules.requireKnown(ruleSettings.mentionedIds());
        for (FileSettings f : fileSettings.values()) {
            BuiltInRules.requireKnown(f.rules().mentionedIds());
        }
    }

    /** A request without per-file settings. */
    public CheckRequest(List<Path> files, @Nullable TargetVersion target, Environment environment, RuleSettings ruleSettings,
            Severity failOn, HardwareProfile hardware, @Nullable UpstreamSchema upstreamSchema) {
        this(files, target, environment, ruleSettings, failOn, hardware, upstreamSchema, Map.of(), true);
    }

    /** The rules and target {@code file} is checked with. */
    public FileSettings settingsFor(Path file) {
        FileSettings own = fileSettings.get(file);
        return own != null ? own : new FileSettings(ruleSettings, target);
    }

    /** This request with per-file settings (a settings file's, already combined with the command line's). */
    public CheckRequest withFileSettings(Map<Path, FileSettings> settings) {
        return new CheckRequest(files, target, environment, ruleSettings, failOn, hardware, upstreamSchema, settings,
                inlineSuppressions);
    }

    /** This request honouring inline suppressions or not. */
    public CheckRequest withInlineSuppressions(boolean honoured) {
        return new CheckRequest(files, target, environment, ruleSettings, failOn, hardware, upstreamSchema, fileSettings,
                honoured);
    }

    /** A request without a hardware profile or an upstream schema. */
    public CheckRequest(List<Path> files, @Nullable TargetVersion target, Environment environment, RuleSettings ruleSettings,
            Severity failOn) {
        this(files, target, environment, ruleSettings, failOn, HardwareProfile.unknown(), null);
    }

    /** A request without an upstream schema. */
    public CheckRequest(List<Path> files, @Nullable TargetVersion target, Environment environment, RuleSettings ruleSettings,
            Severity failOn, HardwareProfile hardware) {
        this(files, target, environment, ruleSettings, failOn, hardware, null);
    }

    /** This request with a hardware profile. */
    public CheckRequest withHardware(HardwareProfile profile) {
        return new CheckRequest(files, target, environment, ruleSettings, failOn, profile, upstreamSchema, fileSettings,
                inlineSuppressions);
    }

    /** This request with the user's upstream schema ({@code --upstream-schema}). */
    public CheckRequest withUpstreamSchema(@Nullable UpstreamSchema schema) {
        return new CheckRequest(files, target, environment, ruleSettings, failOn, hardware, schema, fileSettings,
                inlineSuppressions);
    }

    /** A request with every default: target chosen per file, unknown environment, default severities, fail on errors. */
    public static CheckRequest of(List<Path> files) {
        return new CheckRequest(files, null, Environment.unknown(), RuleSettings.DEFAULTS, Severity.ERROR);
    }
}
