package dev.clawlint.core.lint;

import dev.clawlint.core.finding.RuleMeta;

/**
 * One check. A rule is stateless: it reads the target and reports JSON Pointers with messages;
 * the engine turns pointers into positions and applies severities and suppressions.
 */
public interface Rule {
    /** What the rule is: by default its class's {@link dev.clawlint.core.finding.RuleInfo}. */
    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }

    /** The settings a team can give the rule in its settings file ({@link RuleContext#option} reads them); none by default. */
    default java.util.List<RuleOption<?>> options() {
        return java.util.List.of();
    }

    /** Looks at the target and reports what it finds through {@code ctx}. */
    void check(LintTarget target, RuleContext ctx);
}
