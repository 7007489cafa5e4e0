package dev.clawlint.core.fix;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** Shared set-up for the fix tests: one validator, the built-in rules, the latest target. */
final class FixTesting {
    static final SchemaValidator SCHEMA = SchemaValidator.forTarget(TargetVersion.LATEST);

    private FixTesting() {}

    static Fixer fixer() {
        return fixer(Set.of());
    }

    static Fixer fixer(Set<String> onlyRules) {
        return new Fixer(BuiltInRules.all(), RuleSettings.DEFAULTS, TargetVersion.LATEST, SCHEMA, onlyRules);
    }

    static FixOutcome fix(String name, String text) {
        return fixer().fix(text.getBytes(StandardCharsets.UTF_8), Path.of(name), name, Environment.unknown());
    }
}
