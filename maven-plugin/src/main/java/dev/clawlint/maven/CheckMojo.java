package dev.clawlint.maven;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.CheckResult;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.DotEnv;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.ReportFiles;
import dev.clawlint.core.report.Reporter;
import dev.clawlint.core.report.Reporters;
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
public final class CheckMojo extends AbstractMojo {
    // the initial values are what Maven injects by default; they matter only when the mojo is
    // created by hand (in tests), and keep the fields non-null for the nullness checker

    /** The project's base directory: patterns and the file names in findings are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory = new File(".");

    /** The project's build directory: never searched, and the default report goes below it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory = new File("target");

    /** Config files to check, in addition to those {@code includes} finds. */
    @Parameter(property = "clawlint.files")
    List<File> files = new ArrayList<>();

    /**
     * Glob patterns, relative to the base directory, of the config files to check. When neither
     * {@code files} nor {@code includes} is set: {@code openclaw.json}, {@code **}{@code /openclaw.json},
     * {@code **}{@code /*.openclaw.json} and {@code **}{@code /openclaw.json5}.
     */
    @Parameter(property = "clawlint.includes")
    List<String> includes = new ArrayList<>();

    /** Glob patterns of files not to check, even when an include matches them. */
    @Parameter(property = "clawlint.excludes")
    List<String> excludes = new ArrayList<>();

    /** The OpenClaw release to judge against, e.g. {@code 2026.9}, or {@code latest}. */
    @Parameter(property = "clawlint.target", defaultValue = "latest")
    String target = "latest";

    /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "clawlint.failOnSeverity", defaultValue = "error")
    String failOnSeverity = "error";

    /** Fail the build when there are more warnings than this; {@code -1} means no limit. */
    @Parameter(property = "clawlint.maxWarnings", defaultValue = "-1")
    int maxWarnings = -1;

    /**
     * A dotenv file ({@code NAME=VALUE} lines) with the environment OpenClaw will run with, for
     * {@code ${VAR}} references. Without it the environment is unknown: references stay unresolved
     * and none is reported missing. Values never appear in the log or the report.
     */
    @Parameter(property = "clawlint.envFile")
    @Nullable File envFile;

    /** Rule severity overrides, {@code id=severity} ({@code error}, {@code warning}, {@code info} or {@code off}). */
    @Parameter(property = "clawlint.rules")
    List<String> rules = new ArrayList<>();

    /** The report's format: {@code json}, {@code sarif}, {@code text} or {@code github}. */
    @Parameter(property = "clawlint.format", defaultValue = "json")
    String format = "json";

    /** Where the report goes; by default {@code target/clawlint/clawlint.<json|sarif|txt>}. */
    @Parameter(property = "clawlint.outputFile")
    @Nullable File outputFile;

    /** Skip the check. */
    @Parameter(property = "clawlint.skip", defaultValue = "false")
    boolean skip;

    /** Fail when the project has no config file to check (by default such a project passes). */
    @Parameter(property = "clawlint.failIfNoFiles", defaultValue = "false")
    boolean failIfNoFiles;

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
            reporter = Reporters.byName(format);
            request = new CheckRequest(configFiles(), TargetVersion.parse(target), environment(),
                    RuleSettings.parse(rules), failOn);
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
        FindingLog.log(result, getLog());
        Path report = reportFile();
        try {
            ReportFiles.write(report, reporter.render(result));
        } catch (IOException e) {
            throw new MojoExecutionException("clawlint: cannot write the report " + report + ": " + e.getMessage(), e);
        }
        getLog().info("clawlint: " + Verdict.summary(result) + "; report: " + report);
        String failure = verdict.failure(result);
        if (failure != null) {
            throw new MojoFailureException(failure);
        }
    }

    private List<Path> configFiles() throws MojoExecutionException {
        try {
            return ConfigFiles.select(baseDirectory.toPath(), buildDirectory.toPath(), files, includes, excludes);
        } catch (IOException e) {
            throw new MojoExecutionException("clawlint: cannot search " + baseDirectory + " for config files: "
                    + e.getMessage(), e);
        }
    }

    private Environment environment() throws ConfigReadException {
        File env = envFile;
        return env == null ? Environment.unknown()
                : Environment.of(DotEnv.read(baseDirectory.toPath().resolve(env.toPath())));
    }

    private Path reportFile() {
        File chosen = outputFile;
        if (chosen != null) {
            return baseDirectory.toPath().resolve(chosen.toPath());
        }
        return buildDirectory.toPath().resolve("clawlint").resolve("clawlint." + Reporters.fileExtension(format));
    }
}
