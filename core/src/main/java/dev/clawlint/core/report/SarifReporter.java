package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.SuppressedFinding;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.source.Position;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * SARIF 2.1.0, the static-analysis exchange format that code-scanning services (GitHub code
 * scanning, Azure DevOps, IDE viewers) import. One run; the driver lists every rule clawlint has,
 * and each finding becomes a result with its exact region and, when it has one, its fix as
 * {@code artifactChanges}.
 *
 * <p>A fix whose new text would carry a secret-looking value (a literal API key moved by the fix,
 * say) is left out of the report: the finding stays, but SARIF files are uploaded and shared, and
 * the text cannot be redacted without making the fix wrong. {@code clawlint fix} still applies it.
 *
 * <p>Columns are counted in Unicode code points, as {@link Position} counts them, and the run says
 * so ({@code columnKind: unicodeCodePoints}). A file inside the base directory (the working directory, or the
 * Maven project's) becomes a URI relative to {@code %SRCROOT%}, which {@code originalUriBaseIds} defines, never
 * with {@code ..}; a file outside it keeps an absolute {@code file:} URI.
 *
 * <p>Each result has a {@code partialFingerprints} entry {@value #FINGERPRINT_KEY}: a hash of the rule, the file's
 * URI, the JSON pointer of the finding and its rank among the findings with the same three, so it does not change
 * when lines are added or removed elsewhere in the file (code scanning then keeps tracking the same alert).
 */
public final class SarifReporter implements Reporter {
    private static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * Where the repository's files are published; a rule's {@code helpUri} is its docs page
     * ({@link RuleMeta#docsPath()}) resolved against this, because SARIF requires an absolute URI.
     */
    public static final String DOCS_BASE_URI = "https://github.com/clawlint/clawlint/blob/main/";

    /** The {@code partialFingerprints} key clawlint fills. */
    public static final String FINGERPRINT_KEY = "clawlint/v1";

    private final Path base;

    /** A reporter relative to the working directory. */
    public SarifReporter() {
        this(Path.of(""));
    }

    /** A reporter whose relative URIs are relative to {@code base} ({@code %SRCROOT%}). */
    public SarifReporter(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String render(CheckResult result) {
        JsonObject root = new JsonObject();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        JsonObject run = root.putArray("runs").addObject();
        JsonObject driver = run.putObject("tool").putObject("driver");
        driver.put("name", "clawlint");
        driver.put("version", ToolInfo.version());
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        Map<String, Integer> ruleIndex = new HashMap<>();
        JsonArray rules = driver.putArray("rules");
        for (RuleMeta meta : BuiltInRules.catalogue()) {
            ruleIndex.put(meta.id(), rules.size());
            rules.add(rule(meta));
        }
        String baseUri = base.toUri().toString();
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", baseUri.endsWith("/") ? baseUri : baseUri + "/");
        JsonArray targets = run.putObject("properties").putArray("targets");
        JsonArray results = run.putArray("results");
        Map<String, Integer> seen = new HashMap<>();
        for (FileResult file : result.files()) {
            JsonObject target = targets.addObject();
            target.put("file", file.file());
            Reporters.target(target, file.target());
            Map<SourceFile, String> names = new IdentityHashMap<>();
            file.sources().forEach((name, source) -> names.put(source, name));
            for (Diagnostic d : file.diagnostics()) {
                results.add(result(d, ruleIndex.get(d.ruleId()), names, seen));
            }
            // what inline comments silenced, marked so: code scanning shows them as dismissed, with the reason
            for (SuppressedFinding s : file.suppressed()) {
                JsonObject suppressed = result(s.finding(), ruleIndex.get(s.finding().ruleId()), names, seen);
                JsonObject how = suppressed.putArray("suppressions").addObject().put("kind", "inSource");
                if (!s.justification().isEmpty()) {
                    how.put("justification", s.justification());
                }
                results.add(suppressed);
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        return JsonWriter.pretty(root) + "\n";
    }

    private static JsonObject rule(RuleMeta meta) {
        JsonObject o = new JsonObject();
        o.put("id", meta.id());
        o.putObject("shortDescription").put("text", meta.summary());
        RuleDocs.Parts docs = RuleDocs.of(meta.id());
        String helpUri = DOCS_BASE_URI + meta.docsPath();
        String description = docs.description().isEmpty() ? meta.summary() + "." : docs.description();
        o.putObject("fullDescription").put("text", description);
        o.putObject("help").put("text", description + " See " + helpUri)
                .put("markdown", (docs.markdown().isEmpty() ? description + "\n" : docs.markdown())
                        + "\n[Rule page](" + helpUri + ")\n");
        o.put("helpUri", helpUri);
        o.putObject("defaultConfiguration").put("level", level(meta.defaultSeverity()));
        o.putObject("properties").putArray("tags").add(meta.category().label());
        return o;
    }

    private JsonObject result(Diagnostic d, @Nullable Integer ruleIndex, Map<SourceFile, String> names,
            Map<String, Integer> seen) {
        JsonObject o = new JsonObject();
        o.put("ruleId", d.ruleId());
        if (ruleIndex != null) {
            o.put("ruleIndex", ruleIndex.intValue());
        }
        o.put("level", level(d.severity()));
        o.putObject("message").put("text", d.message());
        JsonObject location = o.putArray("locations").addObject();
        JsonObject physical = location.putObject("physicalLocation");
        JsonObject artifact = artifact(d.file());
        physical.put("artifactLocation", artifact);
        physical.put("region", region(d.range()));
        if (!d.pointer().isEmpty()) {
            location.putArray("logicalLocations").addObject()
                    .put("fullyQualifiedName", d.pointer())
                    .put("kind", "member");
        }
        String identity = d.ruleId() + "\0" + FileUris.of(d.file(), base).uri() + "\0" + d.pointer();
        Integer before = seen.get(identity);
        int rank = before == null ? 1 : before + 1;
        seen.put(identity, rank);
        o.putObject("partialFingerprints").put(FINGERPRINT_KEY, Digests.sha256Prefix(identity + "\0" + rank));
        Fix fix = d.fix();
        if (fix != null && !carriesSecret(fix)) {
            o.putArray("fixes").add(fix(fix, names));
        }
        return o;
    }

    /** Whether some edit inserts text that the redactor would hide. */
    static boolean carriesSecret(Fix fix) {
        return fix.edits().stream().anyMatch(e -> e.replacement().lines().anyMatch(l -> !Secrets.redactLine(l).equals(l)));
    }


    private JsonObject fix(Fix fix, Map<SourceFile, String> names) {
        JsonObject o = new JsonObject();
        o.putObject("description").put("text", fix.description());
        JsonArray changes = o.putArray("artifactChanges");
        Map<SourceFile, JsonArray> replacementsByFile = new IdentityHashMap<>();
        for (TextEdit edit : fix.edits()) {
            JsonArray replacements = replacementsByFile.computeIfAbsent(edit.file(), f -> {
                JsonObject change = changes.addObject();
                change.put("artifactLocation", artifact(names.getOrDefault(f, f.displayName())));
                return change.putArray("replacements");
            });
            JsonObject replacement = replacements.addObject();
            SourceFile f = edit.file();
            replacement.put("deletedRegion", region(f.rangeOf(edit.start(), edit.end())));
            if (!edit.replacement().isEmpty()) {
                replacement.putObject("insertedContent").put("text", edit.replacement());
            }
        }
        return o;
    }

    private JsonObject artifact(String file) {
        JsonObject o = new JsonObject();
        FileUris.Located located = FileUris.of(file, base);
        o.put("uri", located.uri());
        if (located.relative()) {
            o.put("uriBaseId", "%SRCROOT%");
        }
        return o;
    }

    /** A region; SARIF's end column, like {@link Range}'s, is the first column after the region. */
    private static JsonObject region(Range r) {
        JsonObject o = new JsonObject();
        o.put("startLine", r.start().line());
        o.put("startColumn", r.start().column());
        o.put("endLine", r.end().line());
        o.put("endColumn", r.end().column());
        return o;
    }

    /** SARIF's levels: {@code error}, {@code warning}, and {@code note} for infos. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
