package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.source.Range;

/**
 * GitHub Actions workflow commands: one {@code ::error file=F,line=L,col=C,endLine=..,endColumn=..,title=rule-id::message}
 * line per finding ({@code ::warning} for warnings, {@code ::notice} for infos), which the Actions
 * runner turns into annotations on the pull request, then the plain summary line.
 */
public final class GithubReporter implements Reporter {
    @Override
    public String name() {
        return "github";
    }

    @Override
    public String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (FileResult file : result.files()) {
            for (Diagnostic d : file.diagnostics()) {
                out.append(command(d)).append('\n');
            }
        }
        out.append(TextReporter.summary(result)).append('\n');
        return out.toString();
    }

    /** The workflow command for one finding. */
    static String command(Diagnostic d) {
        String kind = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        Range r = d.range();
        return "::" + kind
                + " file=" + escapeProperty(d.file().replace('\\', '/'))
                + ",line=" + r.start().line()
                + ",col=" + r.start().column()
                + ",endLine=" + r.end().line()
                + ",endColumn=" + r.end().column()
                + ",title=" + escapeProperty(d.ruleId())
                + "::" + escapeData(d.message());
    }

    /** The message part: the runner decodes {@code %25}, {@code %0D} and {@code %0A}. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as data, and {@code :} and {@code ,} too, which would end the value. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
