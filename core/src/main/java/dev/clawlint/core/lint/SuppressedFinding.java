package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Diagnostic;

/**
 * A finding an inline {@code clawlint-disable} comment silenced: left out of every count and of the exit code, but kept
 * for the formats that record suppressions (SARIF's {@code suppressions}), so an audit sees what was accepted and why.
 *
 * @param finding the finding as it would have been reported
 * @param justification the reason written after {@code --} in the comment ({@code ""} when none)
 */
public record SuppressedFinding(Diagnostic finding, String justification) {}
