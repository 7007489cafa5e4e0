package dev.clawlint.maven;

import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.api.ResolveRequest;
import dev.clawlint.core.api.ResolvedFile;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.ReportFiles;
import dev.clawlint.core.report.resolve.ResolveJsonRenderer;
import dev.clawlint.core.report.resolve.ResolveOptions;
import dev.clawlint.core.report.resolve.ResolveTextRenderer;
import dev.clawlint.core.resolve.EffectiveConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the effective config OpenClaw will run for each of the project's config files, as
 * {@code clawlint resolve --show-origin} prints it: {@code <file>.effective.txt} (one line per value,
 * with where it came from, and the per-agent routing) and {@code <file>.effective.json}, under
 * {@code outputDirectory}. Secrets are always redacted. Never bound to a phase by default: run
 * {@code mvn clawlint:resolve}.
 */
@Mojo(name = "resolve", threadSafe = true)
public final class ResolveMojo extends AbstractConfigMojo {
    /** Where the effective configs go; each keeps its path relative to the base directory. */
    @Parameter(property = "clawlint.outputDirectory", defaultValue = "${project.build.directory}/clawlint")
    File outputDirectory = new File("target/clawlint");

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("clawlint: skipped");
            return;
        }
        TargetVersion version;
        Environment environment;
        try {
            TargetVersion requested = TargetVersion.parseRequested(target);
            version = requested != null ? requested : TargetVersion.LATEST;
            environment = environment();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("clawlint: bad plugin configuration: " + e.getMessage(), e);
        } catch (ConfigReadException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        }
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        List<ResolvedFile> resolved;
        try {
            resolved = new Clawlint().resolve(new ResolveRequest(configFiles(), version, environment));
        } catch (ConfigReadException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        }
        for (ResolvedFile file : resolved) {
            String name = RelativeNames.name(file.file(), base);
            for (Diagnostic d : file.loaderFindings()) {
                getLog().warn(RelativeNames.name(d.file(), base) + d.toLine().substring(d.file().length()));
            }
            EffectiveConfig effective = file.effective();
            if (effective == null) {
                throw new MojoExecutionException("clawlint: " + name + " cannot be read as a config; nothing to resolve");
            }
            ResolveOptions options = new ResolveOptions(true, false);
            Path text = outputDirectory.toPath().resolve(name + ".effective.txt");
            Path json = outputDirectory.toPath().resolve(name + ".effective.json");
            try {
                ReportFiles.write(text, ResolveTextRenderer.render(name, effective, file.verdict(), options));
                ReportFiles.write(json, ResolveJsonRenderer.render(name, effective, file.verdict(), options));
            } catch (IOException e) {
                throw new MojoExecutionException("clawlint: cannot write " + text + ": " + e.getMessage(), e);
            }
            if (file.verdict().accepts()) {
                getLog().info("clawlint: " + file.verdict().sentence(name));
            } else {
                getLog().warn("clawlint: " + file.verdict().sentence(name)); // the check goal fails the build on it
            }
            getLog().info("clawlint: effective config of " + name + ": " + text);
        }
    }
}
