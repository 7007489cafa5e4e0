package dev.clawlint.maven;

import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.DotEnv;
import dev.clawlint.core.load.Environment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.checkerframework.checker.nullness.qual.Nullable;

/** What every clawlint goal shares: which config files, the OpenClaw target, the environment, rule settings. */
abstract class AbstractConfigMojo extends AbstractMojo {
    // the initial values are what Maven injects by default; they matter only when the mojo is
    // created by hand (in tests), and keep the fields non-null for the nullness checker

    /** The project's base directory: patterns and the file names in findings are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory = new File(".");

    /** The project's build directory: never searched, and the default report goes below it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory = new File("target");

    /** Config files to check (or fix), in addition to those {@code includes} finds. */
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

    /**
     * The OpenClaw release line to judge against, e.g. {@code 2026.7}, or {@code latest}; by default the release
     * that wrote each file ({@code meta.lastTouchedVersion}), else the latest.
     */
    @Parameter(property = "clawlint.target")
    @Nullable String target;

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

    /** Skip the goal. */
    @Parameter(property = "clawlint.skip", defaultValue = "false")
    boolean skip;

    final List<Path> configFiles() throws MojoExecutionException {
        try {
            return ConfigFiles.select(baseDirectory.toPath(), buildDirectory.toPath(), files, includes, excludes);
        } catch (IOException e) {
            throw new MojoExecutionException("clawlint: cannot search " + baseDirectory + " for config files: "
                    + e.getMessage(), e);
        }
    }

    final Environment environment() throws ConfigReadException {
        File env = envFile;
        return env == null ? Environment.unknown()
                : Environment.of(DotEnv.read(baseDirectory.toPath().resolve(env.toPath())));
    }
}
