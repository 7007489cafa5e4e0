package dev.clawlint.core.fix;

import dev.clawlint.core.edit.TextEdits;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintEngine;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.SuppressedFinding;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Applies the fixes rules attach to their findings, as text edits on the original source, in passes:
 * each pass lints, picks fixes whose edits do not overlap (by finding position, then rule order; the
 * others wait for the next pass), applies them, and re-reads the result. It stops when a pass
 * changes nothing, or after {@link #MAX_PASSES}.
 *
 * <p>The named file is edited, and the {@code $include}d files inside its folder (each pass reads them as the
 * previous one left them); a fix that touches an included file outside the folder is left out and its finding
 * stays. Nothing is written here; {@link FixRun} writes.
 */
public final class Fixer {
    /** Enough for fixes that enable one another (a moved block fixed again where it lands), bounded against loops. */
    public static final int MAX_PASSES = 10;

    private final List<Rule> rules;
    private final LintEngine engine;
    private final @Nullable TargetVersion target;
    private final @Nullable SchemaValidator schema;
    private final Set<String> onlyRules;
    private final ConfigLoader loader = new ConfigLoader();
    private final Map<String, Integer> ruleOrder = new HashMap<>();

    /**
     * @param rules the rules to lint with, in order (the order breaks ties between overlapping fixes)
     * @param settings severity overrides; a rule switched off neither reports nor fixes
     * @param target the OpenClaw release line; null to choose it per file ({@link TargetChoice})
     * @param schema the schema validator; null for the whole-file schema of the file's target
     * @param onlyRules the rules whose fixes may run; empty for all
     */
    public Fixer(List<Rule> rules, RuleSettings settings, @Nullable TargetVersion target, @Nullable SchemaValidator schema,
            Set<String> onlyRules) {
        this.rules = List.copyOf(rules);
        this.engine = new LintEngine(this.rules, settings);
        this.target = target;
        this.schema = schema;
        this.onlyRules = Set.copyOf(onlyRules);
        for (int i = 0; i < this.rules.size(); i++) {
            ruleOrder.put(this.rules.get(i).meta().id(), i);
        }
    }

    /**
     * Fixes the text of one file in memory.
     *
     * @param bytes the file's bytes as read
     * @param path where the file is (for reading rules and {@code $include})
     * @param displayName the name findings use
     * @param environment the environment for {@code ${VAR}}
     */
    public FixOutcome fix(byte[] bytes, Path path, String displayName, Environment environment) {
        LoadedConfig loaded = loader.load(bytes, path, displayName, environment);
        String original = loaded.mainFile().text();
        // the target is chosen once, from the file as it was: a fix never changes which release judges it
        TargetVersion line = TargetChoice.choose(target, loaded.document()).target();
        SchemaValidator validator = schema != null ? schema : SchemaValidator.forTarget(line);
        if (loaded.document() == null) {
            List<Diagnostic> problems = remaining(loaded, line, validator);
            String why = problems.isEmpty() ? "it is not a JSON5 object" : problems.get(0).toLine();
            return new FixOutcome(displayName, "cannot fix a file that does not parse: " + why, original, original,
                    List.of(), 0, problems, List.of(), List.of());
        }
        List<AppliedFix> applied = new ArrayList<>();
        Set<String> skipped = new java.util.LinkedHashSet<>();
        String text = original;
        // included files inside the folder that the fixes changed: as read, and as they are now
        Map<Path, IncludedChange> included = new LinkedHashMap<>();
        Path folder = folderOf(path);
        Path mainPath = path.toAbsolutePath().normalize();
        int pass = 0;
        while (pass < MAX_PASSES) {
            LintEngine.Output linted = engine.lintAll(new LintTarget(loaded, line, validator));
            List<Diagnostic> chosen = choose(linted, loaded.mainFile(), folder, skipped);
            if (chosen.isEmpty()) {
                break;
            }
            // by path: a file included twice is two SourceFiles with the same text, so their offsets agree
            Map<Path, List<TextEdit>> byFile = new LinkedHashMap<>();
            for (Diagnostic d : chosen) {
                for (TextEdit e : fixOf(d).edits()) {
                    Path at = absolute(e.file());
                    byFile.computeIfAbsent(e.file() == loaded.mainFile() || at.equals(mainPath) ? MAIN : at,
                            f -> new ArrayList<>()).add(e);
                }
            }
            String next = text;
            Map<Path, IncludedChange> nextIncluded = new LinkedHashMap<>(included);
            for (Map.Entry<Path, List<TextEdit>> e : byFile.entrySet()) {
                if (e.getKey() == MAIN) {
                    next = TextEdits.apply(text, e.getValue());
                    continue;
                }
                SourceFile file = e.getValue().get(0).file();
                Path at = e.getKey();
                IncludedChange before = nextIncluded.get(at);
                if (before == null) {
                    byte[] read = readIncluded(at);
                    if (read == null) {
                        continue; // it vanished meanwhile: the fix stays undone, its finding remains
                    }
                    before = new IncludedChange(at, file.displayName(), read, file.text(), file.text());
                }
                nextIncluded.put(at, new IncludedChange(at, before.displayName(), before.bytes(), before.original(),
                        TextEdits.apply(file.text(), e.getValue())));
            }
            if (next.equals(text) && nextIncluded.equals(included)) {
                break;
            }
            LoadedConfig reloaded = loader.load(next.getBytes(StandardCharsets.UTF_8), path, displayName, environment,
                    pending(nextIncluded));
            if (reloaded.document() == null || brokeAnInclude(loaded, reloaded)) {
                // a fix that breaks the syntax is a bug in a rule: keep the last good text rather than write it
                String rulesInPass = String.join(", ", chosen.stream().map(Diagnostic::ruleId).distinct().toList());
                return new FixOutcome(displayName, "internal error: fixes of " + rulesInPass
                        + " produced text that does not parse; nothing from that pass was kept", original, text,
                        applied, pass, remaining(loaded, line, validator), List.copyOf(skipped), List.copyOf(included.values()));
            }
            pass++;
            for (Diagnostic d : chosen) {
                applied.add(new AppliedFix(d.ruleId(), fixOf(d).description(), d.range().start(), d.pointer(), pass));
            }
            text = next;
            included = nextIncluded;
            loaded = reloaded;
        }
        return new FixOutcome(displayName, null, original, text, applied, pass, remaining(loaded, line, validator),
                List.copyOf(skipped), List.copyOf(included.values()));
    }

    /** The key of the named file's edits (compared by identity, so no path a config has can be taken for it). */
    private static final Path MAIN = Path.of("clawlint-named-file");

    /** The included files' current text, as bytes the loader reads instead of the disk's (a byte order mark kept). */
    private static Map<Path, byte[]> pending(Map<Path, IncludedChange> included) {
        Map<Path, byte[]> out = new HashMap<>();
        included.forEach((path, change) -> out.put(path, FixRun.encode(change.bytes(), change.fixed())));
        return out;
    }

    /** Whether an included file that parsed before the pass no longer does (an {@code include-error} more than before). */
    private static boolean brokeAnInclude(LoadedConfig before, LoadedConfig after) {
        return includeErrors(after) > includeErrors(before);
    }

    private static long includeErrors(LoadedConfig loaded) {
        return loaded.problems().stream().filter(p -> p.rule().id().equals("include-error")).count();
    }

    private static byte @Nullable [] readIncluded(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static @Nullable Path folderOf(Path path) {
        return path.toAbsolutePath().normalize().getParent();
    }

    private static Path absolute(SourceFile file) {
        Path p = file.path();
        return p == null ? Path.of(file.displayName()).toAbsolutePath().normalize() : p.toAbsolutePath().normalize();
    }

    private List<Diagnostic> remaining(LoadedConfig loaded, TargetVersion line, SchemaValidator validator) {
        return engine.lint(new LintTarget(loaded, line, validator));
    }

    /**
     * Fixes whose edits stay in the main file or in included files inside its folder, first by position then rule
     * order, skipping any that overlap one taken, and any that would rewrite what an inline suppression keeps.
     */
    private List<Diagnostic> choose(LintEngine.Output linted, SourceFile mainFile, @Nullable Path folder, Set<String> skipped) {
        List<Diagnostic> candidates = new ArrayList<>();
        for (Diagnostic d : linted.findings()) {
            Fix fix = d.fix();
            if (fix == null || fix.edits().isEmpty() || (!onlyRules.isEmpty() && !onlyRules.contains(d.ruleId()))) {
                continue;
            }
            Diagnostic kept = suppressedUnder(fix, d, linted.suppressed());
            if (kept != null) {
                skipped.add("not applied: " + d.ruleId() + " (" + fix.description() + ") would also rewrite " + kept.pointer()
                        + ", whose " + kept.ruleId() + " finding a clawlint-disable comment silences");
            } else if (fix.edits().stream().allMatch(e -> e.file() == mainFile || inside(e.file(), folder))) {
                candidates.add(d);
            } else {
                skipped.add(skipNote(d, fix, mainFile));
            }
        }
        candidates.sort(Comparator.comparing((Diagnostic d) -> d.range().start())
                .thenComparingInt(d -> ruleOrder.getOrDefault(d.ruleId(), Integer.MAX_VALUE))
                .thenComparing(Diagnostic::message));
        List<Diagnostic> chosen = new ArrayList<>();
        Taken taken = new Taken();
        for (Diagnostic d : candidates) {
            List<TextEdit> edits = fixOf(d).edits();
            if (edits.stream().noneMatch(taken::clashes)) {
                chosen.add(d);
                edits.forEach(taken::add);
            }
        }
        return chosen;
    }

    /**
     * The text the chosen edits cover. Overlapping or touching edits of two fixes wait for separate passes, so
     * neither lands inside text the other changed ({@link TextEdit#overlaps}, or one ends where the other starts):
     * that is, an edit clashes when its closed interval [start, end] meets a chosen one's. The chosen intervals are
     * kept merged, so one floor lookup answers (comparing with every chosen edit made 10,000 fixes quadratic).
     */
    private static final class Taken {
        // by path where there is one: a file included twice is two SourceFiles with the same text
        private final Map<Object, TreeMap<Integer, Integer>> byFile = new HashMap<>();

        private static Object key(TextEdit e) {
            Path p = e.file().path();
            return p == null ? e.file() : p.toAbsolutePath().normalize();
        }

        boolean clashes(TextEdit e) {
            TreeMap<Integer, Integer> union = byFile.get(key(e));
            if (union == null) {
                return false;
            }
            Map.Entry<Integer, Integer> before = union.floorEntry(e.end());
            return before != null && before.getValue() >= e.start();
        }

        void add(TextEdit e) {
            TreeMap<Integer, Integer> union = byFile.computeIfAbsent(key(e), f -> new TreeMap<>());
            int start = e.start();
            int end = e.end();
            Map.Entry<Integer, Integer> before = union.floorEntry(end);
            while (before != null && before.getValue() >= start) {
                start = Math.min(start, before.getKey());
                end = Math.max(end, before.getValue());
                union.remove(before.getKey());
                before = union.floorEntry(end);
            }
            union.put(start, end);
        }
    }

    /** Whether a file reached through {@code $include} lies in the named file's folder (or below): only those are written. */
    private static boolean inside(SourceFile file, @Nullable Path folder) {
        Path p = file.path();
        return folder != null && p != null && p.toAbsolutePath().normalize().startsWith(folder) && Files.isRegularFile(p);
    }

    /** Why a fix that edits an {@code $include}d file outside the named file's folder was not applied (the run fails). */
    /**
     * A silenced finding outside the fixed finding's own member whose text the fix would replace or remove, or null.
     * A fix of one member that also rewrites a sibling (one rule's flags handled together, say) must not undo what a
     * {@code clawlint-disable} comment on that sibling asked to keep as it is.
     */
    private static @Nullable Diagnostic suppressedUnder(Fix fix, Diagnostic fixed, List<SuppressedFinding> suppressed) {
        for (SuppressedFinding s : suppressed) {
            Diagnostic kept = s.finding();
            if (kept.pointer().equals(fixed.pointer()) || kept.pointer().startsWith(fixed.pointer() + "/")) {
                continue;
            }
            for (TextEdit e : fix.edits()) {
                if (e.end() > e.start() && e.file().displayName().equals(kept.file())
                        && e.file().positionAt(e.start()).compareTo(kept.range().start()) <= 0
                        && kept.range().start().compareTo(e.file().positionAt(e.end())) < 0) {
                    return kept;
                }
            }
        }
        return null;
    }

    private static String skipNote(Diagnostic d, Fix fix, SourceFile mainFile) {
        SourceFile other = fix.edits().stream().map(TextEdit::file).filter(f -> f != mainFile).findFirst().orElse(mainFile);
        Path mainPath = mainFile.path();
        Path dir = folderOf(mainPath == null ? Path.of(mainFile.displayName()) : mainPath);
        return OUTSIDE + other.displayName() + " (" + d.ruleId() + ": " + fix.description() + "): it is reached through"
                + " $include from outside " + (dir == null ? "the folder" : dir) + ", and clawlint fix never writes there";
    }

    /** The start of a note about a fix in an included file outside the named file's folder. */
    public static final String OUTSIDE = "not written: ";

    private static Fix fixOf(Diagnostic d) {
        Fix fix = d.fix();
        if (fix == null) {
            throw new IllegalStateException("chosen finding without a fix");
        }
        return fix;
    }
}
