package dev.clawlint.maven;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.CheckResult;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.lint.Diagnostic;
import dev.clawlint.core.lint.Severity;
import dev.clawlint.core.load.ConfigReadException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks OpenClaw config files and fails the build on findings at or above the threshold. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** The config files to check. */
    @Parameter(property = "clawlint.files")
    List<File> files = new ArrayList<>();

    /** Skip the check. */
    @Parameter(property = "clawlint.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("clawlint: skipped");
            return;
        }
        CheckResult result;
        try {
            result = new Clawlint().check(CheckRequest.of(files.stream().map(File::toPath).toList()));
        } catch (ConfigReadException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                getLog().error(d.toLine());
            } else {
                getLog().warn(d.toLine());
            }
        }
        if (result.failed()) {
            throw new MojoFailureException("clawlint: " + result.count(Severity.ERROR) + " error(s) in OpenClaw config files");
        }
    }
}
