package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.UpgradeAudit;
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Renders upgrade audits ({@code clawlint check --upgrade-to B}) as text or JSON: per file, what it gets on B
 * that it does not get on the release it is judged for now, then whether B would start with it.
 */
public final class UpgradeReporter {
    private UpgradeReporter() {}

    /** The text report: one block per file, then a summary line. */
    public static String text(List<UpgradeAudit> audits) {
        StringBuilder out = new StringBuilder();
        int rejected = 0;
        for (UpgradeAudit a : audits) {
            out.append(a.file()).append(": from ").append(a.from().describe()).append(" to OpenClaw ").append(a.to())
                    .append(" (judged by ").append(a.to().release()).append(")\n");
            if (a.newFindings().isEmpty() && a.changedDefaults().isEmpty()) {
                out.append("  nothing changes\n");
            }
            for (Diagnostic d : a.newFindings()) {
                out.append("  ").append(d.toLine()).append(d.fix() != null
                        ? " (`clawlint fix --target " + a.to() + "` fixes it)" : "").append('\n');
            }
            for (UpgradeAudit.ChangedDefault c : a.changedDefaults()) {
                out.append("  default changes: ").append(c.path()).append(": ").append(shown(c.before())).append(" -> ")
                        .append(shown(c.after())).append(c.why().isEmpty() ? "" : " [" + c.why() + "]").append('\n');
            }
            if (a.rejectedAfterUpgrade()) {
                rejected++;
                out.append("  OpenClaw ").append(a.to()).append(" would refuse this file: ").append(a.errorsOnTo())
                        .append(a.errorsOnTo() == 1 ? " error" : " errors").append(" (`clawlint check --target ")
                        .append(a.to()).append("` lists them)\n");
            }
        }
        out.append(rejected).append(" of ").append(audits.size()).append(audits.size() == 1 ? " file" : " files")
                .append(" would be refused after the upgrade\n");
        return out.toString();
    }

    /** The JSON report ({@code formatVersion} 1): the audits as an array under {@code files}. */
    public static String json(List<UpgradeAudit> audits) {
        JsonObject root = new JsonObject();
        root.put("formatVersion", 1);
        root.put("tool", "clawlint");
        JsonArray files = root.putArray("upgrades");
        for (UpgradeAudit a : audits) {
            JsonObject f = files.addObject();
            f.put("file", a.file());
            Reporters.target(f.putObject("from"), a.from());
            f.put("to", a.to().toString());
            f.put("toRelease", a.to().release());
            JsonArray findings = f.putArray("newFindings");
            for (Diagnostic d : a.newFindings()) {
                findings.add(JsonReporter.finding(d));
            }
            JsonArray defaults = f.putArray("changedDefaults");
            for (UpgradeAudit.ChangedDefault c : a.changedDefaults()) {
                JsonObject o = defaults.addObject();
                o.put("path", c.path());
                o.put("before", c.before());
                o.put("after", c.after());
                o.put("why", c.why());
            }
            f.put("errorsAfterUpgrade", a.errorsOnTo());
            f.put("refusedAfterUpgrade", a.rejectedAfterUpgrade());
        }
        return JsonWriter.pretty(root) + "\n";
    }

    private static String shown(@Nullable String value) {
        return value == null ? "(none)" : value;
    }
}
