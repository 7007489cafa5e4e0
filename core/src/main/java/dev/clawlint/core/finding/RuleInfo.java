package dev.clawlint.core.finding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared once on its class; {@link RuleMeta#of(Class)} reads it.
 * The catalogue test checks that every rule has it and a page at {@code docs/rules/<id>.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable kebab-case id, used in output, suppressions and docs. */
    String id();

    /** Severity of its findings unless the rule says otherwise for one finding. */
    Severity severity();

    /** The catalogue section. */
    Category category();

    /** One line, no trailing period. */
    String summary();

    /** Whether some of its findings carry an automatic fix. */
    boolean fixable() default false;
}
