package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Hand-made results for reporter tests: one finding of each severity, one of them with a fix. */
final class ReportSamples {
    static final String FILE = "conf/my openclaw.json5";
    static final String TEXT = "{\n  modles: {},\n  gateway: { port: \"18789\" },\n  agents: {},\n}\n";

    private ReportSamples() {}

    static SourceFile source() {
        return new SourceFile(FILE, Path.of(FILE), TEXT);
    }

    /** unknown-key at 2:3 with a rename fix, invalid-type at 3:20, an info at 4:3 whose message needs escaping. */
    static CheckResult result() {
        SourceFile src = source();
        int key = TEXT.indexOf("modles");
        Fix rename = new Fix("Rename modles to models", List.of(new TextEdit(src, key, key + 6, "models")));
        Diagnostic unknown = new Diagnostic("unknown-key", Severity.ERROR,
                "Unknown key 'modles' (did you mean 'models'?).", FILE, "/modles",
                src.rangeOf(key, key + 6), rename);
        int port = TEXT.indexOf("\"18789\"");
        Diagnostic type = new Diagnostic("invalid-type", Severity.WARNING,
                "gateway.port must be a number, not a string.", FILE, "/gateway/port",
                src.rangeOf(port, port + 7), null);
        int agents = TEXT.indexOf("agents");
        Diagnostic info = new Diagnostic("missing-required", Severity.INFO,
                "100% of agents: none,\nso: nothing runs.", FILE, "/agents",
                src.rangeOf(agents, agents + 6), null);
        return new CheckResult(List.of(new FileResult(FILE, Map.of(FILE, src), List.of(unknown, type, info), TargetChoice.choose(TargetVersion.LATEST, null))),
                Severity.ERROR);
    }
}
