package dev.clawlint.core.rules.structure;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.edit.TextEdits;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.schema.UpstreamSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Runs every rule on a config given as text, as {@code clawlint check} would. */
final class StructureCheck {
    private StructureCheck() {}

    static List<Diagnostic> check(String json5) throws Exception {
        return check(json5, TargetVersion.LATEST, null);
    }

    static List<Diagnostic> check(String json5, TargetVersion target, @Nullable UpstreamSchema upstream) throws Exception {
        Path file = Files.createTempFile("clawlint-structure", ".json5");
        try {
            Files.writeString(file, json5);
            return new Clawlint().check(new CheckRequest(List.of(file), target, Environment.unknown(), RuleSettings.DEFAULTS,
                    Severity.ERROR).withUpstreamSchema(upstream)).diagnostics();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The text after applying one finding's fix. */
    static String applied(String json5, Diagnostic d) {
        Fix fix = d.fix();
        if (fix == null) {
            throw new AssertionError("no fix on " + d.toLine());
        }
        return TextEdits.apply(json5, fix.edits());
    }
}
