package dev.clawlint.core.api;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.fix.FixFileResult;
import dev.clawlint.core.fix.FixRequest;
import dev.clawlint.core.fix.FixRun;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.LintEngine;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.report.resolve.Verdict;
import dev.clawlint.core.resolve.ConfigResolver;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's front door, one call per job: {@link #check}, {@link #fix} and {@link #resolve}. The CLI
 * and the Maven plugin turn their options into a request, call one of these, and render the result.
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
            Map<String, SourceFile> sources = new LinkedHashMap<>();
            sources.put(loaded.mainFile().displayName(), loaded.mainFile());
            if (loaded.document() != null) {
                for (SourceFile f : loaded.requireDocument().files()) {
                    sources.put(f.displayName(), f);
                }
            }
            List<Diagnostic> diagnostics = engine.lint(new LintTarget(loaded, request.target(), validator, request.hardware()));
            results.add(new FileResult(file.toString(), sources, diagnostics));
        }
        return new CheckResult(results, request.failOn());
    }

    /** Fixes every file of the request, in order (writing them unless it is a dry run). */
    public List<FixFileResult> fix(FixRequest request) {
        return new FixRun().run(request);
    }

    /**
     * Resolves every file of the request into the effective config OpenClaw will run.
     *
     * @throws ConfigReadException when a named file cannot be read at all
     */
    public List<ResolvedFile> resolve(ResolveRequest request) throws ConfigReadException {
        LintEngine loaderOnly = new LintEngine(List.of(), RuleSettings.DEFAULTS);
        // the verdict is what `clawlint check` with the default settings would say
        LintEngine everyRule = new LintEngine(BuiltInRules.all(), RuleSettings.DEFAULTS);
        UpstreamSchema upstream = request.upstreamSchema();
        SchemaValidator validator = upstream == null ? schema : schema.withUpstream(upstream);
        List<ResolvedFile> out = new ArrayList<>();
        for (Path file : request.files()) {
            LoadedConfig loaded = loader.load(file, file.toString(), request.environment());
            List<Diagnostic> findings = loaderOnly.lint(new LintTarget(loaded, request.target(), schema));
            Verdict verdict = Verdict.of(request.target(), everyRule.lint(new LintTarget(loaded, request.target(), validator)),
                    id -> BuiltInRules.find(id).orElse(null), upstream != null);
            Document document = loaded.document();
            out.add(new ResolvedFile(file.toString(), findings, document == null ? null
                    : ConfigResolver.resolve(document, request.target(), loaded.environment()), verdict));
        }
        return out;
    }
}
