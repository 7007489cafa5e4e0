package dev.clawlint.maven;

import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.api.SettingsFile;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.fix.AppliedFix;
import dev.clawlint.core.fix.FixFileResult;
import dev.clawlint.core.fix.FixRequest;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.ConfigReadException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Applies clawlint's automatic fixes to the project's OpenClaw config files, in place, as
 * {@code clawlint fix} does: each file is rewritten atomically, and only when it parsed and did not
 * change on disk meanwhile. Never bound to a phase by default: run {@code mvn clawlint:fix}. It
 * does not fail on the findings that remain; {@code check} does that.
 */
@Mojo(name = "fix", threadSafe = true)
public final class FixMojo extends AbstractConfigMojo {
    /** Only show what would change (a unified diff per file, secret-looking values redacted); write nothing. */
    @Parameter(property = "clawlint.dryRun", defaultValue = "false")
    boolean dryRun;

    /** The settings file for every config file, relative to the project, as the check goal's {@code config}. */
    @Parameter(property = "clawlint.config")
    @Nullable File config;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("clawlint: skipped");
            return;
        }
        FixRequest request;
        try {
            request = new FixRequest(configFiles(), TargetVersion.parseRequested(target), environment(), RuleSettings.parse(rules),
                    Set.of(), dryRun);
            // the project's .clawlint.json5, as the check goal reads it
            File settings = config;
            request = request.withFileSettings(SettingsFile.forFiles(request.files(),
                    settings == null ? null : baseDirectory.toPath().resolve(settings.toPath()), request.ruleSettings(),
                    request.target()));
        } catch (SettingsFile.SettingsException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("clawlint: bad plugin configuration: " + e.getMessage(), e);
        } catch (ConfigReadException e) {
            throw new MojoExecutionException("clawlint: " + e.getMessage(), e);
        }
        if (request.files().isEmpty()) {
            getLog().info("clawlint: no OpenClaw config files in " + baseDirectory);
            return;
        }
        Path base = baseDirectory.toPath();
        long failed = 0;
        for (FixFileResult r : new Clawlint().fix(request)) {
            String file = RelativeNames.name(r.outcome().file(), base);
            String error = r.error();
            if (error != null) {
                getLog().error("clawlint: " + error);
                failed++;
                continue;
            }
            if (dryRun && !r.diff().isEmpty()) {
                getLog().info(file + ": would change:\n" + r.diff());
            }
            getLog().info(file + ": " + describe(r.outcome().applied(), r.outcome().alsoChanged(dryRun)));
            for (Diagnostic d : r.outcome().remaining()) {
                getLog().info("  remaining: " + RelativeNames.name(d.file(), base) + d.toLine().substring(d.file().length()));
            }
        }
        if (failed > 0) {
            throw new MojoExecutionException("clawlint: " + failed + " file(s) could not be fixed; see the errors above");
        }
    }

    private String describe(List<AppliedFix> applied, String alsoChanged) {
        if (applied.isEmpty()) {
            return "nothing to fix";
        }
        StringBuilder sb = new StringBuilder(dryRun ? "would apply " : "applied ").append(applied.size())
                .append(applied.size() == 1 ? " fix" : " fixes").append(':');
        for (AppliedFix f : applied) {
            sb.append(' ').append(f.description()).append(" [").append(f.ruleId()).append("];");
        }
        sb.setLength(sb.length() - 1);
        return sb + alsoChanged + (dryRun ? " (dry run, nothing written)" : "");
    }
}
