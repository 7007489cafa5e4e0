package dev.clawlint.core.report;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;

/**
 * JUnit XML, as Jenkins (junit step), GitLab ({@code artifacts:reports:junit}) and Azure Pipelines read it:
 * {@code <testsuites>} with one {@code <testsuite>} per checked file and one {@code <testcase>} per finding
 * ({@code classname} the file, {@code name} {@code rule-id at line:col}). A finding at or above the failure
 * severity ({@code --fail-on}) is a {@code <failure>} ({@code type} its severity, the message and location as
 * text); one below it passes, its line in {@code <system-out>}. A file without findings has one passing
 * {@code clawlint} test case, so that every file shows up on the dashboard.
 */
public final class JunitReporter implements Reporter {
    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String render(CheckResult result) {
        return XmlReport.render(xml -> {
            long failures = result.diagnostics().stream().filter(d -> d.severity().atLeast(result.failOn())).count();
            xml.start("testsuites").attr("name", "clawlint").attr("tests", tests(result)).attr("failures", failures)
                    .attr("errors", 0);
            for (FileResult file : result.files()) {
                long failed = file.diagnostics().stream().filter(d -> d.severity().atLeast(result.failOn())).count();
                xml.start("testsuite").attr("name", file.file())
                        .attr("tests", Math.max(1, file.diagnostics().size())).attr("failures", failed).attr("errors", 0)
                        .attr("skipped", 0);
                if (file.diagnostics().isEmpty()) {
                    xml.start("testcase").attr("classname", file.file()).attr("name", "clawlint").end();
                }
                for (Diagnostic d : file.diagnostics()) {
                    xml.start("testcase").attr("classname", file.file())
                            .attr("name", d.ruleId() + " at " + d.range().start().line() + ":" + d.range().start().column());
                    if (d.severity().atLeast(result.failOn())) {
                        xml.start("failure").attr("type", d.severity().label()).attr("message", d.message())
                                .text(d.toLine()).end();
                    } else {
                        xml.start("system-out").text(d.toLine()).end();
                    }
                    xml.end();
                }
                xml.end();
            }
            xml.end();
        });
    }

    private static long tests(CheckResult result) {
        return result.files().stream().mapToLong(f -> Math.max(1, f.diagnostics().size())).sum();
    }
}
