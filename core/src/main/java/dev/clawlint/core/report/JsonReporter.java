package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.source.Position;
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import java.util.Set;
import java.util.TreeSet;

/**
 * The machine format that scripts and other tools build on. Documented in
 * {@code docs/json-report.md}; {@link #FORMAT_VERSION} changes only when a field changes meaning
 * or disappears (new fields may appear without a version change).
 */
public final class JsonReporter implements Reporter {
    /** The report format's version. */
    public static final int FORMAT_VERSION = 1;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String render(CheckResult result) {
        JsonObject root = new JsonObject();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "clawlint");
        root.put("toolVersion", ToolInfo.version());
        JsonArray files = root.putArray("files");
        Set<String> ruleIds = new TreeSet<>();
        for (FileResult f : result.files()) {
            JsonObject file = files.addObject();
            file.put("file", f.file());
            file.put("readable", !f.unreadable());
            Reporters.target(file.putObject("target"), f.target());
            f.diagnostics().forEach(d -> ruleIds.add(d.ruleId()));
            JsonArray findings = file.putArray("findings");
            for (Diagnostic d : f.diagnostics()) {
                findings.add(finding(d));
            }
        }
        JsonArray rules = root.putArray("rules");
        for (String id : ruleIds) {
            BuiltInRules.find(id).ifPresent(meta -> rules.add(rule(meta)));
        }
        JsonObject summary = root.putObject("summary");
        summary.put("files", result.files().size());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        summary.put("fixable", result.fixable());
        summary.put("unreadable", result.unreadable().size());
        summary.put("failOn", result.failOn().label());
        summary.put("failed", result.failed());
        return JsonWriter.pretty(root) + "\n";
    }

    static JsonObject finding(Diagnostic d) {
        JsonObject o = new JsonObject();
        o.put("ruleId", d.ruleId());
        o.put("severity", d.severity().label());
        o.put("message", d.message());
        o.put("file", d.file());
        o.put("pointer", d.pointer());
        JsonObject range = o.putObject("range");
        range.put("start", position(d.range().start()));
        range.put("end", position(d.range().end()));
        o.put("fixable", d.fix() != null);
        return o;
    }

    /** A rule's metadata: what the report's findings need to be understood without clawlint at hand. */
    static JsonObject rule(RuleMeta meta) {
        JsonObject o = new JsonObject();
        o.put("id", meta.id());
        o.put("defaultSeverity", meta.defaultSeverity().label());
        o.put("category", meta.category().label());
        o.put("summary", meta.summary());
        o.put("fixable", meta.fixable());
        o.put("docs", SarifReporter.DOCS_BASE_URI + meta.docsPath());
        return o;
    }

    private static JsonObject position(Position p) {
        JsonObject o = new JsonObject();
        o.put("line", p.line());
        o.put("column", p.column());
        return o;
    }
}
