package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.Json5Parser;
import dev.clawlint.core.load.ParsedFile;
import dev.clawlint.core.load.SmallTextFile;
import dev.clawlint.core.load.SyntaxProblem;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.source.Position;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now ({@code --write-baseline}, {@code --baseline}), so that a check on a legacy
 * config reports only what is new and the list can only shrink.
 *
 * <p>An entry names the rule, the file (relative to the baseline's own folder, so the baseline works from any working
 * directory), the JSON pointer and a fingerprint of the flagged text, never its line: adding or removing lines
 * elsewhere keeps every entry matching, while changing the flagged value makes a new finding. The fingerprint is a hash
 * of the text with its secrets masked first, so a baseline holds no secret and no hash of one. Entries are matched as
 * a multiset: two equal findings need two entries.
 */
public final class Baseline {
    /** What a baseline file says it is, so another JSON file given by mistake is refused. */
    private static final String KIND = "clawlint-baseline";
    private static final int VERSION = 1;
    /** 64 MiB: some hundred thousand findings, far beyond any config. */
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    /**
     * One accepted finding.
     *
     * @param rule the rule id
     * @param file the file, relative to the baseline's folder with {@code /} separators
     * @param pointer the JSON pointer of the finding ({@code ""} for the whole file)
     * @param fingerprint a hash of the rule, the pointer and the flagged text (secrets masked)
     */
    public record Entry(String rule, String file, String pointer, String fingerprint) {}

    /**
     * A check result read against a baseline.
     *
     * @param result the run with only the findings the baseline does not hold
     * @param matched how many findings the baseline held
     * @param stale the entries that matched no finding (fixed, or changed so that they are new): rewrite the baseline
     *     with {@code --write-baseline} to drop them
     */
    public record Applied(CheckResult result, int matched, List<Entry> stale) {
        /** Copies the list. */
        public Applied {
            stale = List.copyOf(stale);
        }
    }

    private final Path folder;
    private final Path namesBase;
    private final List<Entry> entries;

    private Baseline(Path folder, Path namesBase, List<Entry> entries) {
        this.folder = folder;
        this.namesBase = namesBase.toAbsolutePath();
        this.entries = List.copyOf(entries);
    }

    /** The accepted findings, in the file's order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads a baseline file, for findings whose relative file names are relative to the working directory.
     *
     * @throws BaselineException when it cannot be read or is not a clawlint baseline (the message names the file)
     */
    public static Baseline read(Path file) throws BaselineException {
        return read(file, Path.of(""));
    }

    /**
     * Reads a baseline file, for findings whose relative file names are relative to {@code namesBase} (the Maven
     * project's folder).
     *
     * @throws BaselineException when it cannot be read or is not a clawlint baseline (the message names the file)
     */
    public static Baseline read(Path file, Path namesBase) throws BaselineException {
        String text;
        try {
            text = SmallTextFile.read(file, file + ": cannot read the baseline: ", "a baseline", MAX_BYTES,
                    "a baseline holds a few lines per accepted finding");
        } catch (ConfigReadException e) {
            throw new BaselineException(String.valueOf(e.getMessage()).replace(file + ": cannot read the baseline: no such file",
                    file + ": no such baseline file (write one with --write-baseline " + file + ")"));
        }
        SourceFile source = new SourceFile(file.toString(), file, text);
        ParsedFile parsed = Json5Parser.parse(source);
        SyntaxProblem problem = parsed.problem();
        if (problem != null) {
            Position at = source.positionAt(problem.offset());
            throw new BaselineException(file + ":" + at + ": not a clawlint baseline (it does not parse: " + problem.message() + ")");
        }
        Node root = parsed.root();
        ObjectNode object = root instanceof ObjectNode ? (ObjectNode) root : null;
        Node list = object == null ? null : object.get("findings");
        if (object == null || !KIND.equals(object.string("kind")) || !(list instanceof ArrayNode)) {
            throw new BaselineException(file + ": not a clawlint baseline (no \"kind\": \"" + KIND + "\" with a \"findings\" list)");
        }
        Node version = object.get("version");
        if (!(version instanceof NumberNode) || ((NumberNode) version).value() != VERSION) {
            throw new BaselineException(file + ": baseline version " + (version == null ? "(none)" : source.text().substring(
                    version.span().start(), Math.min(version.span().end(), version.span().start() + 40)))
                    + " is not one this clawlint reads (" + VERSION + "); write it again with --write-baseline");
        }
        List<Entry> entries = new ArrayList<>();
        for (Node n : ((ArrayNode) list).elements()) {
            ObjectNode finding = n instanceof ObjectNode ? (ObjectNode) n : null;
            String rule = finding == null ? null : finding.string("rule");
            String name = finding == null ? null : finding.string("file");
            String pointer = finding == null ? null : finding.string("pointer");
            String fingerprint = finding == null ? null : finding.string("fingerprint");
            if (rule == null || name == null || pointer == null || fingerprint == null || rule.isEmpty() || name.isEmpty()
                    || fingerprint.isEmpty()) {
                throw new BaselineException(file + ": finding " + (entries.size() + 1)
                        + " needs \"rule\", \"file\", \"pointer\" and \"fingerprint\"");
            }
            entries.add(new Entry(rule, name, pointer, fingerprint));
        }
        return new Baseline(folderOf(file), namesBase, entries);
    }

    /** The baseline of every finding of {@code result}, for a baseline file at {@code file} (names as in {@link #read(Path)}). */
    public static Baseline of(CheckResult result, Path file) {
        return of(result, file, Path.of(""));
    }

    /** The baseline of every finding of {@code result}, for a baseline file at {@code file}; names as in {@link #read(Path, Path)}. */
    public static Baseline of(CheckResult result, Path file, Path namesBase) {
        Baseline empty = new Baseline(folderOf(file), namesBase, List.of());
        List<Entry> entries = new ArrayList<>();
        for (FileResult f : result.files()) {
            for (Diagnostic d : f.diagnostics()) {
                entries.add(empty.entry(d, f));
            }
        }
        return new Baseline(empty.folder, namesBase, entries);
    }

    /** The baseline as the JSON a baseline file holds (sorted, so that a rewrite shows a small diff in review). */
    public String toJson() {
        JsonObject root = new JsonObject();
        root.put("kind", KIND);
        root.put("version", VERSION);
        root.put("note", "Findings accepted for now: `clawlint check --baseline` reports only the others. "
                + "Rewrite with --write-baseline after fixing some; never add to it by hand.");
        JsonArray findings = root.putArray("findings");
        entries.stream()
                .sorted(Comparator.comparing(Entry::file).thenComparing(Entry::pointer).thenComparing(Entry::rule)
                        .thenComparing(Entry::fingerprint))
                .forEach(e -> findings.addObject().put("rule", e.rule()).put("file", e.file()).put("pointer", e.pointer())
                        .put("fingerprint", e.fingerprint()));
        return JsonWriter.pretty(root) + "\n";
    }

    /** {@code result} without the findings this baseline holds, and the entries that matched nothing. */
    public Applied apply(CheckResult result) {
        Map<Entry, Integer> left = new LinkedHashMap<>();
        entries.forEach(e -> left.merge(e, 1, Integer::sum));
        int matched = 0;
        List<FileResult> files = new ArrayList<>();
        for (FileResult f : result.files()) {
            List<Diagnostic> kept = new ArrayList<>();
            for (Diagnostic d : f.diagnostics()) {
                Entry e = entry(d, f);
                Integer n = left.get(e);
                if (n == null) {
                    kept.add(d);
                } else {
                    matched++;
                    if (n == 1) {
                        left.remove(e);
                    } else {
                        left.put(e, n - 1);
                    }
                }
            }
            files.add(f.withDiagnostics(kept));
        }
        List<Entry> stale = new ArrayList<>();
        left.forEach((e, n) -> {
            for (int i = 0; i < n; i++) {
                stale.add(e);
            }
        });
        return new Applied(new CheckResult(files, result.failOn()), matched, stale);
    }

    private Entry entry(Diagnostic d, FileResult f) {
        String file = relativeName(d.file());
        SourceFile source = f.sources().get(d.file());
        String text = source == null ? "" : flaggedText(source, d.range());
        return new Entry(d.ruleId(), file, d.pointer(), Digests.sha256Prefix(d.ruleId() + "\0" + d.pointer() + "\0" + text));
    }

    /**
     * A file name relative to the baseline's folder ({@code ../openclaw.json} for a baseline kept in a subfolder), with
     * {@code /} separators; the name as given when it is no path or lies on another root.
     */
    private String relativeName(String name) {
        try {
            return folder.relativize(namesBase.resolve(name).normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // InvalidPathException, or a path on another root
            return name;
        }
    }

    /** The text a range covers, secrets masked and runs of white space made one space (indentation does not count). */
    static String flaggedText(SourceFile source, Range range) {
        StringBuilder out = new StringBuilder();
        int first = range.start().line();
        int last = Math.min(range.end().line(), source.lineCount());
        for (int line = first; line <= last; line++) {
            String text = Secrets.maskLine(source.lineText(line));
            int from = line == first ? offsetOfColumn(text, range.start().column()) : 0;
            int to = line == range.end().line() ? offsetOfColumn(text, range.end().column()) : text.length();
            out.append(text, Math.min(from, to), to).append('\n');
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** The char offset of a 1-based code-point column, at most the line's length. */
    private static int offsetOfColumn(String line, int column) {
        int cps = line.codePointCount(0, line.length());
        return column - 1 >= cps ? line.length() : line.offsetByCodePoints(0, column - 1);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** A baseline file that cannot be used; the message names the file and says why. */
    public static final class BaselineException extends Exception {
        private static final long serialVersionUID = 1L;

        /** With a message that names the file. */
        public BaselineException(String message) {
            super(message);
        }
    }

    @Override
    public String toString() {
        return "Baseline[" + entries.size() + " findings, relative to " + folder + "]";
    }
}
