package dev.clawlint.core.fix;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;
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
 */
public record FixRequest(
        List<Path> files,
        @Nullable TargetVersion target,
        Environment environment,
        RuleSettings ruleSettings,
        Set<String> onlyRules,
        boolean dryRun) {
    /** Copies the collections; an unknown rule id is an {@link IllegalArgumentException}. */
    public FixRequest {
        files = List.copyOf(files);
        onlyRules = Set.copyOf(onlyRules);
        BuiltInRules.requireKnown(ruleSettings.mentionedIds());
        BuiltInRules.requireKnown(onlyRules);
    }

    /** Every fix, target chosen per file, unknown environment, written in place. */
    public static FixRequest of(List<Path> files) {
        return new FixRequest(files, null, Environment.unknown(), RuleSettings.DEFAULTS, Set.of(), false);
    }
}
