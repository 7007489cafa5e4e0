package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;

/**
 * Checkstyle XML, as the Jenkins Warnings plugin, reviewdog ({@code -f=checkstyle}) and other tools read it:
 * {@code <checkstyle version="4.3">}, one {@code <file name>} per checked file (also one without findings),
 * one {@code <error line column severity message source>} per finding; {@code severity} is {@code error},
 * {@code warning} or {@code info}, {@code source} is {@code clawlint.<rule-id>}.
 */
public final class CheckstyleReporter implements Reporter {
    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public String render(CheckResult result) {
        return XmlReport.render(xml -> {
            xml.start("checkstyle").attr("version", "4.3");
            for (FileResult file : result.files()) {
                xml.start("file").attr("name", file.file());
                for (Diagnostic d : file.diagnostics()) {
                    xml.start("error").attr("line", d.range().start().line()).attr("column", d.range().start().column())
                            .attr("severity", d.severity().label()).attr("message", d.message())
                            .attr("source", "clawlint." + d.ruleId()).end();
                }
                xml.end();
            }
            xml.end();
        });
    }
}
