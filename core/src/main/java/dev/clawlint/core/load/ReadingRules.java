package dev.clawlint.core.load;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import java.util.List;

/** The rules whose findings the loader emits itself, because they exist before there is a document. */
public final class ReadingRules {
    private ReadingRules() {}

    /** The file is not JSON5 as OpenClaw reads it, or not UTF-8 text, or too large. */
    public static final RuleMeta PARSE_ERROR = new RuleMeta("parse-error", Severity.ERROR, Category.READING,
            "The file is not JSON5 as OpenClaw reads it, or not UTF-8 text");

    /** An {@code $include} that OpenClaw refuses. */
    public static final RuleMeta INCLUDE_ERROR = new RuleMeta("include-error", Severity.ERROR, Category.READING,
            "An $include that OpenClaw refuses: missing, outside the config folder, cyclic, too deep or unparsable");

    /** All of them, in id order. */
    public static List<RuleMeta> all() {
        return List.of(INCLUDE_ERROR, PARSE_ERROR);
    }
}
