package dev.clawlint.core.load;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintEngine;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.schema.SchemaValidator;
import java.util.List;

/** The loader's problems as the engine reports them (positioned findings), with no rule running. */
public final class LoadFindings {
    private LoadFindings() {}

    /** The findings of the loader alone. */
    public static List<Diagnostic> of(LoadedConfig loaded) {
        return new LintEngine(List.of(), RuleSettings.DEFAULTS)
                .lint(new LintTarget(loaded, TargetVersion.LATEST, SchemaValidator.published()));
    }
}
