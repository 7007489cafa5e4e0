package dev.clawlint.core.lint;

/**
 * One check. A rule is stateless: it reads the target and reports JSON Pointers with messages;
 * the engine turns pointers into positions and applies severities and suppressions.
 */
public interface Rule {
    /** What the rule is. */
    RuleMeta meta();

    /** Looks at the target and reports what it finds through {@code ctx}. */
    void check(LintTarget target, RuleContext ctx);
}
