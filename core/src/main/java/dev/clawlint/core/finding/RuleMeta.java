package dev.clawlint.core.finding;

/**
 * What a rule is, independent of any config it checks.
 *
 * @param id stable kebab-case id, used in output, suppressions and docs ({@code docs/rules/<id>.md})
 * @param defaultSeverity severity of its findings unless the rule says otherwise for one finding
 * @param category the catalogue section
 * @param summary one line, no trailing period
 * @param fixable whether some of its findings carry an automatic fix
 */
public record RuleMeta(String id, Severity defaultSeverity, Category category, String summary, boolean fixable) {
    /** A rule whose findings never carry a fix. */
    public RuleMeta(String id, Severity defaultSeverity, Category category, String summary) {
        this(id, defaultSeverity, category, summary, false);
    }

    private static final ClassValue<RuleMeta> DECLARED = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> type) {
            RuleInfo info = type.getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(type.getName() + " has no @RuleInfo");
            }
            return new RuleMeta(info.id(), info.severity(), info.category(), info.summary(), info.fixable());
        }
    };

    /** The metadata declared by a class's {@link RuleInfo} (read once per class). */
    public static RuleMeta of(Class<?> type) {
        return DECLARED.get(type);
    }

    /** The docs page of this rule, relative to the repository root. */
    public String docsPath() {
        return "docs/rules/" + id + ".md";
    }
}
