package dev.clawlint.core.lint;

import dev.clawlint.core.knowledge.TargetVersion;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What one config file is checked with when a settings file speaks for it.
 *
 * @param rules the rule overrides (the settings file's, then the command line's)
 * @param target the release to judge it against, or null to choose it from the file ({@link TargetChoice})
 */
public record FileSettings(RuleSettings rules, @Nullable TargetVersion target) {}
