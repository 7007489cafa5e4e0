package dev.clawlint.core.api;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.fix.FixFileResult;
import dev.clawlint.core.fix.FixRequest;
import dev.clawlint.core.fix.FixRun;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.FileSettings;
import dev.clawlint.core.lint.LintEngine;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.lint.UpgradeAudit;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.load.ReadingRules;
import dev.clawlint.core.report.resolve.Verdict;
import dev.clawlint.core.resolve.ConfigResolver;
import dev.clawlint.core.resolve.EffectiveTree;
import dev.clawlint.core.resolve.Origin;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.source.Position;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.util.ParallelMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The library's front door, one call per job: {@link #check}, {@link #fix} and {@link #resolve}. The CLI
 * and the Maven plugin turn their options into a request, call one of these, and render the result.
 */
public final class Clawlint {
    private final ConfigLoader loader = new ConfigLoader();

    /**
     * Checks every file of the request. A file that cannot be read at all (missing, a directory, no
     * permission) does not stop the run: its result is {@link FileResult#unreadable() unreadable}, with one
     * {@code parse-error} finding that says why, and the other files are checked as usual.
     *
     * @throws ConfigReadException never for a file of the request (kept for callers that still catch it)
     */
    public CheckResult check(CheckRequest request) throws ConfigReadException {
        return check(request, Map.of());
    }

    /**
     * Checks every file of the request, reading the files that are keys of {@code contents} from there
     * instead of from disk (standard input, an editor's buffer); the path is still where relative
     * {@code $include}s are resolved from. The path {@code -} is shown as {@link #STDIN_NAME}.
     */
    public CheckResult check(CheckRequest request, Map<Path, byte[]> contents) {
        // one engine per set of rule overrides (a settings file's override can give some files others)
        Map<RuleSettings, LintEngine> engines = new ConcurrentHashMap<>();
        UpstreamSchema upstream = request.upstreamSchema();
        SchemaValidator withUpstream = upstream == null ? null : SchemaValidator.published().withUpstream(upstream);
        // files are independent: several are checked on every core, the results kept in the order given
        List<FileResult> results = ParallelMap.map(request.files(), file -> {
            FileSettings settings = request.settingsFor(file);
            LintEngine engine = engines.computeIfAbsent(settings.rules(),
                    rules -> new LintEngine(BuiltInRules.all(), rules, request.inlineSuppressions()));
            return checkOne(file, contents.get(file), request, settings.target(), engine, withUpstream);
        });
        return new CheckResult(results, request.failOn());
    }

    private FileResult checkOne(Path file, byte @Nullable [] given, CheckRequest request, @Nullable TargetVersion requested,
            LintEngine engine, @Nullable SchemaValidator withUpstream) {
        String name = displayName(file);
        LoadedConfig loaded;
        try {
            loaded = given != null ? loader.load(given, file, name, request.environment())
                    : loader.load(file, name, request.environment());
        } catch (ConfigReadException e) {
            return unreadable(name, e, requested);
        }
        TargetChoice target = TargetChoice.choose(requested, loaded.document());
        SchemaValidator validator = withUpstream != null ? withUpstream : SchemaValidator.forTarget(target.target());
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        sources.put(loaded.mainFile().displayName(), loaded.mainFile());
        if (loaded.document() != null) {
            for (SourceFile f : loaded.requireDocument().files()) {
                sources.put(f.displayName(), f);
            }
        }
        LintEngine.Output lint = engine.lintAll(new LintTarget(loaded, target.target(), validator, request.hardware()));
        return new FileResult(name, sources, lint.findings(), target, false, lint.suppressed());
    }

    /** How a file read from standard input ({@code -} without {@code --stdin-filename}) is named in reports. */
    public static final String STDIN_NAME = "<stdin>";

    private static String displayName(Path file) {
        return file.toString().equals("-") ? STDIN_NAME : file.toString();
    }

    /** The result of a file that could not be read: one error finding at 1:1 (never switched off). */
    private static FileResult unreadable(String name, ConfigReadException e, @Nullable TargetVersion requested) {
        String why = String.valueOf(e.getMessage());
        if (why.startsWith(name + ": ")) {
            why = why.substring(name.length() + 2);
        }
        // "This file cannot be read: cannot read: Input/output error" says it twice; "is a directory" needs a subject
        why = why.startsWith("cannot read: ") ? why.substring("cannot read: ".length()) : why;
        why = why.startsWith("is ") ? "it " + why : why;
        Position start = new Position(1, 1);
        Diagnostic d = new Diagnostic(ReadingRules.PARSE_ERROR.id(), Severity.ERROR, "This file cannot be read: " + why + ".",
                name, "", new Range(start, start), null);
        return new FileResult(name, Map.of(), List.of(d), TargetChoice.choose(requested, null), true);
    }

    /**
     * The upgrade audit of every file of the request: what each gets on release line {@code to} that it does not
     * get on the line it is judged for now (the request's target, else the one the file names).
     *
     * @throws ConfigReadException when a named file cannot be read at all
     */
    public List<UpgradeAudit> upgrade(CheckRequest request, TargetVersion to) throws ConfigReadException {
        List<UpgradeAudit> out = new ArrayList<>();
        CheckResult now = check(request);
        for (int i = 0; i < request.files().size(); i++) {
            Path file = request.files().get(i);
            FileResult before = now.files().get(i);
            CheckRequest one = new CheckRequest(List.of(file), to, request.environment(), request.ruleSettings(),
                    request.failOn(), request.hardware(), request.upstreamSchema());
            FileResult after = check(one).files().get(0);
            Set<String> had = new HashSet<>();
            before.diagnostics().forEach(d -> had.add(d.ruleId() + " " + d.pointer()));
            List<Diagnostic> added = after.diagnostics().stream().filter(d -> !had.contains(d.ruleId() + " " + d.pointer())).toList();
            long errors = after.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
            LoadedConfig loaded = loader.load(file, file.toString(), request.environment());
            List<UpgradeAudit.ChangedDefault> defaults = loaded.document() == null ? List.of()
                    : changedDefaults(loaded, before.target().target(), to);
            out.add(new UpgradeAudit(file.toString(), before.target(), to, added, defaults, errors));
        }
        return out;
    }

    /** The values nobody wrote whose default differs between two releases, from the effective configs. */
    private static List<UpgradeAudit.ChangedDefault> changedDefaults(LoadedConfig loaded, TargetVersion from, TargetVersion to) {
        Map<String, EffectiveTree.Leaf> before = defaults(loaded, from);
        Map<String, EffectiveTree.Leaf> after = defaults(loaded, to);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<UpgradeAudit.ChangedDefault> out = new ArrayList<>();
        for (String path : paths) {
            EffectiveTree.Leaf a = before.get(path);
            EffectiveTree.Leaf b = after.get(path);
            String va = a == null ? null : String.valueOf(a.value());
            String vb = b == null ? null : String.valueOf(b.value());
            if (!Objects.equals(va, vb)) {
                EffectiveTree.Leaf explained = b != null ? b : a;
                out.add(new UpgradeAudit.ChangedDefault(path, va, vb, explained == null ? "" : explained.origin().describe()));
            }
        }
        return out;
    }

    private static Map<String, EffectiveTree.Leaf> defaults(LoadedConfig loaded, TargetVersion target) {
        Map<String, EffectiveTree.Leaf> out = new LinkedHashMap<>();
        for (EffectiveTree.Leaf leaf : EffectiveTree.leaves(ConfigResolver.resolve(loaded.requireDocument(), target,
                loaded.environment()))) {
            if (leaf.origin() instanceof Origin.Default && !leaf.secret()) {
                out.put(leaf.path(), leaf);
            }
        }
        return out;
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
        SchemaValidator validator = upstream == null ? SchemaValidator.forTarget(request.target())
                : SchemaValidator.published().withUpstream(upstream);
        List<ResolvedFile> out = new ArrayList<>();
        for (Path file : request.files()) {
            LoadedConfig loaded = loader.load(file, file.toString(), request.environment());
            List<Diagnostic> findings = loaderOnly.lint(new LintTarget(loaded, request.target(), SchemaValidator.published()));
            Verdict verdict = Verdict.of(request.target(), everyRule.lint(new LintTarget(loaded, request.target(), validator)),
                    id -> BuiltInRules.find(id).orElse(null));
            Document document = loaded.document();
            out.add(new ResolvedFile(file.toString(), findings, document == null ? null
                    : ConfigResolver.resolve(document, request.target(), loaded.environment()), verdict));
        }
        return out;
    }
}
