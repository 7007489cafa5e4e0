package dev.clawlint.core.api;

import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.load.Environment;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a shell (CLI, Maven plugin) tells core about one check run.
 *
 * @param files the config files to check, as the user named them
 * @param target the OpenClaw release verdicts are relative to
 * @param environment the environment for {@code ${VAR}} substitution
 * @param ruleSettings per-rule severity overrides
 * @param failOn the least severe finding that fails the run
 * @param hardware the machine local models run on ({@code hardware-fit} needs it)
 */
public record CheckRequest(
        List<Path> files,
        TargetVersion target,
        Environment environment,
        RuleSettings ruleSettings,
        Severity failOn,
        HardwareProfile hardware) {
    /** Copies the file list. */
    public CheckRequest {
        files = List.copyOf(files);
    }

    /** A request without a hardware profile. */
    public CheckRequest(List<Path> files, TargetVersion target, Environment environment, RuleSettings ruleSettings,
            Severity failOn) {
        this(files, target, environment, ruleSettings, failOn, HardwareProfile.unknown());
    }

    /** This request with a hardware profile. */
    public CheckRequest withHardware(HardwareProfile profile) {
        return new CheckRequest(files, target, environment, ruleSettings, failOn, profile);
    }

    /** A request with every default: latest target, unknown environment, default severities, fail on errors. */
    public static CheckRequest of(List<Path> files) {
        return new CheckRequest(files, TargetVersion.LATEST, Environment.unknown(), RuleSettings.DEFAULTS, Severity.ERROR);
    }
}
