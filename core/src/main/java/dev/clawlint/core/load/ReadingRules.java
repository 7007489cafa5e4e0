package dev.clawlint.core.load;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import java.util.List;

/**
 * The rules whose findings the loader emits itself, because they exist before there is a document.
 * They are declared with {@link RuleInfo} like every other rule, on marker classes: the loader has no
 * rule to run, only a finding to name, and {@code load} must not depend on {@code lint}.
 */
public final class ReadingRules {
    private ReadingRules() {}

    /** The file is not JSON5 as OpenClaw reads it, or not UTF-8 text, or too large. */
    @RuleInfo(id = "parse-error", severity = Severity.ERROR, category = Category.READING,
            summary = "The file is not JSON5 as OpenClaw reads it, or not UTF-8 text")
    private static final class ParseError {}

    /** An {@code $include} that OpenClaw refuses. */
    @RuleInfo(id = "include-error", severity = Severity.ERROR, category = Category.READING,
            summary = "An $include that OpenClaw refuses: missing, outside the config folder, cyclic, too deep or unparsable")
    private static final class IncludeError {}

    /** The file is not JSON5 as OpenClaw reads it, or not UTF-8 text, or too large. */
    public static final RuleMeta PARSE_ERROR = RuleMeta.of(ParseError.class);

    /** An {@code $include} that OpenClaw refuses. */
    public static final RuleMeta INCLUDE_ERROR = RuleMeta.of(IncludeError.class);

    /** All of them, in id order. */
    public static List<RuleMeta> all() {
        return List.of(INCLUDE_ERROR, PARSE_ERROR);
    }
}
