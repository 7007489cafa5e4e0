package dev.clawlint.core.fix;

import dev.clawlint.core.finding.Diagnostic;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What fixing one file did (in memory; {@link FixRun} writes it).
 *
 * @param file the file as the user named it
 * @param refusal why the file was left alone (it cannot be parsed, say), or null
 * @param original the decoded text as read
 * @param fixed the text after every pass ({@code original} when nothing applied)
 * @param applied the fixes applied, in order
 * @param passes how many passes ran
 * @param remaining the findings on the fixed text
 * @param skipped fixes left out because they would edit an {@code $include}d file outside the named file's folder
 *     (see {@link Fixer#OUTSIDE}), or rewrite a member whose finding a {@code clawlint-disable} comment silences
 * @param included the changes to {@code $include}d files inside the named file's folder, in the order first changed
 */
public record FixOutcome(
        String file,
        @Nullable String refusal,
        String original,
        String fixed,
        List<AppliedFix> applied,
        int passes,
        List<Diagnostic> remaining,
        List<String> skipped,
        List<IncludedChange> included) {
    /** Copies the lists. */
    public FixOutcome {
        applied = List.copyOf(applied);
        remaining = List.copyOf(remaining);
        skipped = List.copyOf(skipped);
        included = List.copyOf(included);
    }

    /** Whether a fix would have written a file outside the named file's folder (which is refused). */
    public boolean wouldWriteOutside() {
        return skipped.stream().anyMatch(s -> s.startsWith(Fixer.OUTSIDE));
    }

    /**
     * "" when the fixes changed only the named file, else what a summary line adds: {@code "; also changed part.json5"}
     * ({@code "; would also change ..."} for a dry run).
     */
    public String alsoChanged(boolean dryRun) {
        List<String> names = included.stream().filter(c -> !c.original().equals(c.fixed())).map(IncludedChange::displayName).toList();
        return names.isEmpty() ? "" : (dryRun ? "; would also change " : "; also changed ") + String.join(", ", names);
    }

    /** Whether the text of the named file or of an included one changed. */
    public boolean changed() {
        return !original.equals(fixed) || included.stream().anyMatch(c -> !c.original().equals(c.fixed()));
    }
}
