package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.source.Position;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine format that scripts and other tools build on. Documented in
 * {@code docs/json-report.md}; {@link #FORMAT_VERSION} changes only when a field changes meaning
 * or disappears (new fields may appear without a version change).
 */
public final class JsonReporter implements Reporter {
    /** The report format's version. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String render(CheckResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "clawlint");
        ArrayNode files = root.putArray("files");
        for (FileResult f : result.files()) {
            ObjectNode file = files.addObject();
            file.put("file", f.file());
            ArrayNode findings = file.putArray("findings");
            for (Diagnostic d : f.diagnostics()) {
                findings.add(finding(d));
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", result.files().size());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        summary.put("failOn", result.failOn().label());
        summary.put("failed", result.failed());
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode finding(Diagnostic d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("ruleId", d.ruleId());
        o.put("severity", d.severity().label());
        o.put("message", d.message());
        o.put("file", d.file());
        o.put("pointer", d.pointer());
        ObjectNode range = o.putObject("range");
        range.set("start", position(d.range().start()));
        range.set("end", position(d.range().end()));
        o.put("fixable", d.fix() != null);
        return o;
    }

    private static ObjectNode position(Position p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("line", p.line());
        o.put("column", p.column());
        return o;
    }
}
