package dev.clawlint.core.lint;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.ObjectNode;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The release line a file is judged for, and why: the one the user asked for; else the one the file says
 * wrote it ({@code meta.lastTouchedVersion}, which OpenClaw stamps on every write), mapped to its release
 * line (the newest supported line not newer than it); else the newest line.
 *
 * @param target the release line
 * @param reason why, in words for a report ("meta.lastTouchedVersion is 2026.4.15")
 */
public record TargetChoice(TargetVersion target, String reason) {
    /** The reason for a target the user named ({@code --target}, the Maven {@code target} parameter). */
    public static final String REQUESTED = "as requested";
    private static final Pattern VERSION_LIKE = Pattern.compile("\\d{1,4}(\\.\\d{1,3}){0,3}([-+][0-9A-Za-z.]{1,20})?");

    /**
     * Chooses the target for one file.
     *
     * @param requested the line the user asked for, or null to choose from the file
     * @param document the parsed file, or null when it could not be read
     */
    public static TargetChoice choose(@Nullable TargetVersion requested, @Nullable Document document) {
        if (requested != null) {
            return new TargetChoice(requested, REQUESTED);
        }
        String written = document != null && document.root() instanceof ObjectNode root
                && root.get("meta") instanceof ObjectNode meta ? meta.string("lastTouchedVersion") : null;
        if (written == null || written.isBlank()) {
            return new TargetChoice(TargetVersion.LATEST, "the newest release: the file has no meta.lastTouchedVersion");
        }
        TargetVersion line = TargetVersion.lineOf(written);
        if (line == null) {
            // the value is echoed only when it looks like a version: a report never repeats arbitrary text
            String shown = VERSION_LIKE.matcher(written.strip()).matches() ? "\"" + written.strip() + "\"" : "";
            return new TargetChoice(TargetVersion.LATEST, "the newest release: meta.lastTouchedVersion " + shown
                    + (shown.isEmpty() ? "" : " ") + "is not a release clawlint supports (" + TargetVersion.SUPPORTED.get(0)
                    + " or later)");
        }
        String shown = VERSION_LIKE.matcher(written.strip()).matches() ? written.strip() : "a " + line + " version";
        return new TargetChoice(line, "meta.lastTouchedVersion is " + shown);
    }

    /** "OpenClaw 2026.4 (judged by 2026.4.27; meta.lastTouchedVersion is 2026.4.15)". */
    public String describe() {
        return "OpenClaw " + target + " (judged by " + target.release() + "; " + reason + ")";
    }
}
