package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.knowledge.TargetVersion;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What one file gets on another release than the one it is judged for ({@code clawlint check --upgrade-to B}):
 * the findings it gets on B and not on A, and the defaults OpenClaw applies differently on B.
 *
 * @param file the file as the user named it
 * @param from the release line the file is judged for now, and why
 * @param to the release line of the upgrade
 * @param newFindings the findings on {@code to} with no finding of the same rule at the same place on
 *     {@code from}, sorted by position
 * @param changedDefaults the values nobody wrote whose default differs between the two releases
 * @param errorsOnTo how many errors the file has on {@code to}, new or not: OpenClaw {@code to} refuses it unless 0
 */
public record UpgradeAudit(String file, TargetChoice from, TargetVersion to, List<Diagnostic> newFindings,
        List<ChangedDefault> changedDefaults, long errorsOnTo) {
    /** Copies the lists. */
    public UpgradeAudit {
        newFindings = List.copyOf(newFindings);
        changedDefaults = List.copyOf(changedDefaults);
    }

    /**
     * A default that changes with the upgrade.
     *
     * @param path where, as people read it ({@code models.providers.lmstudio.models[0].contextWindow})
     * @param before the value on the current release, or null when it has none there
     * @param after the value on the upgrade's release, or null when it has none there
     * @param why OpenClaw's reason on the upgrade's release (or the current one, when the value goes away)
     */
    public record ChangedDefault(String path, @Nullable String before, @Nullable String after, String why) {}

    /** Whether OpenClaw {@code to} would refuse the file: an error on it, new or not. */
    public boolean rejectedAfterUpgrade() {
        return errorsOnTo > 0;
    }
}
