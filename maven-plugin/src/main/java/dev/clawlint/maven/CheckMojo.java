package dev.clawlint.maven;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.api.SettingsFile;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.UpgradeAudit;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.DotEnv;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.Baseline;
import dev.clawlint.core.report.ReportFiles;
import dev.clawlint.core.report.ReportOptions;
import dev.clawlint.core.report.Reporter;
import dev.clawlint.core.report.Reporters;
import dev.clawlint.core.report.UpgradeReporter;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.schema.UpstreamSchemaException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Checks the project's OpenClaw config files and fails the build when a finding reaches
 * {@code failOnSeverity} or there are more than {@code maxWarnings} warnings. Each finding is
 * logged as {@code file:line:col: severity: message [rule-id]}, and a report is written for CI.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractConfigMojo {
    /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "clawlint.failOnSeverity", defaultValue = "error")
    String failOnSeverity = "error";

    /** Fail the build when there are more warnings than this; {@code -1} means no limit. */
    @Parameter(property = "clawlint.maxWarnings", defaultValue = "-1")
    int maxWarnings = -1;

    /** The report's format: {@code json}, {@code sarif}, {@code text}, {@code github}, {@code junit} or {@code checkstyle}. */
    @Parameter(property = "clawlint.format", defaultValue = "json")
    String format = "json";

    /** Where the report goes; by default {@code target/clawlint/clawlint.<json|sarif|txt>}. */
    @Parameter(property = "clawlint.outputFile")
    @Nullable File outputFile;

    /**
     * Also write a SARIF report, {@code clawlint.sarif} beside the report (for code scanning), when the report is in
     * another format.
     */
    @Parameter(property = "clawlint.sarif", defaultValue = "true")
    boolean sarif = true;

    /**
     * The output of {@code openclaw config schema} for the OpenClaw you deploy, relative to the base
     * directory: the sections clawlint does not model are then checked against it too.
     */
    @Parameter(property = "clawlint.upstreamSchema")
    @Nullable File upstreamSchema;

    /**
     * GPU memory, in GB, of the machine that serves the local models; enables the {@code hardware-fit}
     * rule (estimated weights plus KV cache against this much memory).
     */
    @Parameter(property = "clawlint.vramGb")
    @Nullable String vramGb;

    /** Fail when the project has no config file to check (by default such a project passes). */
    @Parameter(property = "clawlint.failIfNoFiles", defaultValue = "false")
    boolean failIfNoFiles;

    /**
     * An OpenClaw release line to audit the upgrade to, e.g. {@code 2026.9}: the build also logs what each file gets
     * on it that it does not get on its own target, with the defaults that change, and fails when that release
     * would refuse a file (as {@code clawlint check --upgrade-to}).
     */
    @Parameter(property = "clawlint.upgradeTo")
    @Nullable String upgradeTo;

    /**
     * The settings file for every config file, relative to the project (default: the nearest {@code .clawlint.json5} or
     * {@code .clawlint.json} in each config file's folder or above); {@code rules} and {@code target} override it.
     */
    @Parameter(property = "clawlint.config")
    @Nullable File config;

    /**
     * A baseline file ({@code clawlint check --write-baseline}, or {@link #writeBaseline}): only the findings it does not
     * hold are reported and fail the build; its entries that match nothing any more are listed as warnings.
     */
    @Parameter(property = "clawlint.baseline")
    @Nullable File baseline;

    /** Records every finding of this run in this baseline file, then judges the run against it. */
    @Parameter(property = "clawlint.writeBaseline")
    @Nullable File writeBaseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("clawlint: skipped");
            return;
        }
        CheckRequest request;
        Reporter reporter;
        Verdict verdict;
        try {
            Severity failOn = Severity.parse(failOnSeverity);
            verdict = new Verdict(failOn, maxWarnings);
            reporter = Reporters.byName(format, new ReportOptions(true, false, baseDirectory.toPath()));
            request = new CheckRequest(configFiles(), TargetVersion.parseRequested(target), environment(),
                    RuleSettings.parse(rules), failOn);
            String vram = vramGb;
            if (vram != null) {
                request = request.withHardware(HardwareProfile.ofVramGb(vram));
            }
            File settings = config;
            request = request.withFileSettings(SettingsFile.forFiles(request.files(),
                    settings == null ? null : baseDirectory.toPath().resolve(settings.toPath()), request.ruleSettings(),
                    request.target()));
            File upstream = upstreamSchema;
            if (upstream != null) {
                request = request.withUpstreamSchema(UpstreamSchema.load(baseDirectory.toPath().resolve(upstream.toPath())));
            }
        } catch (UpstreamSchemaException | SettingsFile.SettingsException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("clawlint: bad plugin configuration: " + e.getMessage(), e);
        } catch (ConfigReadException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        }
        if (request.files().isEmpty()) {
            String none = "clawlint: no OpenClaw config files in " + baseDirectory;
            if (failIfNoFiles) {
                throw new MojoFailureException(none + " (failIfNoFiles is set)");
            }
            getLog().info(none);
            return;
        }
        CheckResult result;
        try {
            result = RelativeNames.of(new Clawlint().check(request), baseDirectory.toPath());
        } catch (ConfigReadException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        }
        result = againstBaseline(result);
        FindingLog.log(result, getLog());
        Path report = reportFile();
        Path sarifReport = sarif && !format.equals("sarif") ? report.resolveSibling("clawlint.sarif") : null;
        try {
            ReportFiles.write(report, reporter.render(result));
            if (sarifReport != null) {
                ReportFiles.write(sarifReport,
                        Reporters.byName("sarif", new ReportOptions(true, false, baseDirectory.toPath())).render(result));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("clawlint: cannot write the report " + report + ": " + e.getMessage(), e);
        }
        getLog().info("clawlint: " + Verdict.summary(result) + "; report: " + report
                + (sarifReport == null ? "" : " (SARIF: " + sarifReport.getFileName() + " beside it)"));
        if (!result.unreadable().isEmpty()) {
            FileResult first = result.unreadable().get(0);
            throw new MojoExecutionException("clawlint: " + first.file() + ": " + first.diagnostics().get(0).message()
                    + (result.unreadable().size() > 1 ? " (and " + (result.unreadable().size() - 1) + " more unreadable file(s))" : ""));
        }
        String upgrade = upgradeTo;
        String refusal = upgrade == null ? null : audit(request, upgrade);
        String failure = verdict.failure(result);
        if (failure != null) {
            throw new MojoFailureException(failure);
        }
        if (refusal != null) {
            throw new MojoFailureException(refusal);
        }
    }

    /** The run as {@link #baseline} or {@link #writeBaseline} judges it, unchanged without either. */
    private CheckResult againstBaseline(CheckResult result) throws MojoExecutionException {
        File read = baseline;
        File write = writeBaseline;
        if (read != null && write != null) {
            throw new MojoExecutionException("clawlint: bad plugin configuration: baseline reads a baseline and writeBaseline"
                    + " writes one; give one of them");
        }
        Path base = baseDirectory.toPath();
        Baseline accepted;
        try {
            if (write != null) {
                Path file = base.resolve(write.toPath());
                accepted = Baseline.of(result, file, base);
                ReportFiles.write(file, accepted.toJson());
                getLog().info("clawlint: wrote " + accepted.entries().size() + " finding(s) to the baseline " + file);
            } else if (read != null) {
                accepted = Baseline.read(base.resolve(read.toPath()), base);
            } else {
                return result;
            }
        } catch (Baseline.BaselineException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("clawlint: cannot write the baseline " + write + ": " + e.getMessage(), e);
        }
        Baseline.Applied applied = accepted.apply(result);
        for (Baseline.Entry e : applied.stale()) {
            getLog().warn("clawlint: baseline entry matches no finding any more (shrink the baseline with writeBaseline): "
                    + e.file() + " " + (e.pointer().isEmpty() ? "(whole file)" : e.pointer()) + " [" + e.rule() + "]");
        }
        return applied.result();
    }

    /** Logs the upgrade audit as clawlint's text report; the failure message when the release would refuse a file. */
    private @Nullable String audit(CheckRequest request, String release) throws MojoExecutionException {
        List<UpgradeAudit> audits;
        try {
            audits = new Clawlint().upgrade(request, TargetVersion.parse(release));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("clawlint: bad plugin configuration: upgradeTo: " + e.getMessage(), e);
        } catch (ConfigReadException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        }
        String base = baseDirectory.toPath().toString();
        for (String line : UpgradeReporter.text(audits).split("\n")) {
            getLog().info("clawlint: " + line.replace(base + File.separator, ""));
        }
        long refused = audits.stream().filter(UpgradeAudit::rejectedAfterUpgrade).count();
        return refused == 0 ? null : "clawlint: OpenClaw " + release + " would refuse " + refused + " of "
                + audits.size() + " config file(s) after the upgrade (upgradeTo)";
    }

    private Path reportFile() {
        File chosen = outputFile;
        if (chosen != null) {
            return baseDirectory.toPath().resolve(chosen.toPath());
        }
        return buildDirectory.toPath().resolve("clawlint").resolve("clawlint." + Reporters.fileExtension(format));
    }
}
