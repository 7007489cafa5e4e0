package dev.clawlint.core.api;

import dev.clawlint.core.lint.BuiltInRules;
import dev.clawlint.core.lint.Diagnostic;
import dev.clawlint.core.lint.LintEngine;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's front door: load, lint and collect findings for a set of files. The CLI and the
 * Maven plugin turn their options into a {@link CheckRequest} and call {@link #check}.
 */
public final class Clawlint {
    private final ConfigLoader loader = new ConfigLoader();
    private final SchemaValidator schema = SchemaValidator.published();

    /**
     * Checks every file of the request.
     *
     * @throws ConfigReadException when a named file cannot be read at all (nothing else throws)
     */
    public CheckResult check(CheckRequest request) throws ConfigReadException {
        LintEngine engine = new LintEngine(BuiltInRules.all(), request.ruleSettings());
        UpstreamSchema upstream = request.upstreamSchema();
        SchemaValidator validator = upstream == null ? schema : schema.withUpstream(upstream);
        List<FileResult> results = new ArrayList<>();
        for (Path file : request.files()) {
            LoadedConfig loaded = loader.load(file, file.toString(), request.environment());
            List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
            Map<String, SourceFile> sources = new LinkedHashMap<>();
            sources.put(loaded.mainFile().displayName(), loaded.mainFile());
            if (loaded.document() != null) {
                for (SourceFile f : loaded.requireDocument().files()) {
                    sources.put(f.displayName(), f);
                }
                diagnostics.addAll(engine.lint(new LintTarget(loaded, request.target(), validator, request.hardware())));
            }
            diagnostics.sort(LintEngine.ORDER);
            results.add(new FileResult(file.toString(), sources, diagnostics));
        }
        return new CheckResult(results, request.failOn());
    }
}
