package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import java.util.List;

/**
 * The rule whose findings the engine emits itself, about the inline suppressions rather than the config: it can only
 * be judged once every other rule has run. Declared with {@link RuleInfo} on a marker class, as the loader's rules are.
 */
public final class SuppressionRules {
    private SuppressionRules() {}

    /** A {@code clawlint-disable} comment that suppresses nothing, or names a rule that does not exist. */
    @RuleInfo(id = "unused-suppression", severity = Severity.WARNING, category = Category.READING,
            summary = "A clawlint-disable comment that suppresses no finding, or names no rule")
    private static final class UnusedSuppression {}

    /** A {@code clawlint-disable} comment that suppresses nothing, or names a rule that does not exist. */
    public static final RuleMeta UNUSED_SUPPRESSION = RuleMeta.of(UnusedSuppression.class);

    /** All of them, in id order. */
    public static List<RuleMeta> all() {
        return List.of(UNUSED_SUPPRESSION);
    }
}
