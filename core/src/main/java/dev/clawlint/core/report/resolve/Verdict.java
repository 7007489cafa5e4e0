package dev.clawlint.core.report.resolve;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import java.util.List;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What OpenClaw will make of a file, as {@code clawlint check} predicts it: it rejects the file (the
 * Gateway does not start) when clawlint finds an error of the reading, structure or guide-shape rules,
 * which mirror OpenClaw's own validator; errors of the local-model rules do not stop it loading but make
 * requests fail at run time.
 *
 * @param target the release
 * @param rejecting how many errors make OpenClaw reject the file
 * @param failing how many other errors make requests fail once it runs
 */
public record Verdict(TargetVersion target, int rejecting, int failing) {
    /** Whether OpenClaw accepts the file. */
    public boolean accepts() {
        return rejecting == 0;
    }

    /**
     * The verdict of a file's findings.
     *
     * @param rules the catalogue entry of a rule id, or null for an id it does not know (counted as rejecting)
     */
    public static Verdict of(TargetVersion target, List<Diagnostic> findings, Function<String, @Nullable RuleMeta> rules) {
        int rejecting = 0;
        int failing = 0;
        for (Diagnostic d : findings) {
            if (d.severity() != Severity.ERROR) {
                continue;
            }
            RuleMeta meta = rules.apply(d.ruleId());
            if (meta != null && meta.category() == Category.LOCAL_MODELS) {
                failing++;
            } else {
                rejecting++;
            }
        }
        return new Verdict(target, rejecting, failing);
    }

    /** One sentence: accepts or rejects, how many errors, and how to see them. */
    public String sentence(String file) {
        String check = "run `clawlint check " + file + "` to see " + (rejecting + failing == 1 ? "it" : "them");
        if (!accepts()) {
            return "OpenClaw " + target + " rejects " + file + ": " + count(rejecting) + " that its validator refuses"
                    + (failing > 0 ? " and " + count(failing) + " that fail at run time" : "") + " (" + check
                    + "); the Gateway does not start with it, so the routing below is what it would run once they are fixed";
        }
        return "OpenClaw " + target + " accepts " + file
                + (failing > 0 ? ", but " + count(failing) + (failing == 1 ? " makes" : " make")
                        + " requests fail at run time (" + check + ")" : "");
    }

    private static String count(int n) {
        return n + (n == 1 ? " error" : " errors");
    }
}
