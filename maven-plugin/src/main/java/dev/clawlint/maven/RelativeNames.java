package dev.clawlint.maven;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.SuppressedFinding;
import dev.clawlint.core.source.SourceFile;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renames the files of a result relative to the project's base directory. Core names files as it
 * was given them, and the plugin gives absolute paths (Maven's working directory is not the
 * module's); the build log and the reports should say {@code openclaw.json:3:3}, as a user would.
 */
final class RelativeNames {
    private RelativeNames() {}

    /** The result with every file under {@code baseDirectory} named relative to it, with {@code /}. */
    static CheckResult of(CheckResult result, Path baseDirectory) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        List<FileResult> files = result.files().stream().map(f -> {
            Map<String, SourceFile> sources = new LinkedHashMap<>();
            f.sources().forEach((name, source) -> sources.put(name(name, base), source));
            List<Diagnostic> diagnostics = f.diagnostics().stream().map(d -> renamed(d, base)).toList();
            List<SuppressedFinding> suppressed = f.suppressed().stream()
                    .map(s -> new SuppressedFinding(renamed(s.finding(), base), s.justification())).toList();
            return new FileResult(name(f.file(), base), sources, diagnostics, f.target(), f.unreadable(), suppressed);
        }).toList();
        return new CheckResult(files, result.failOn());
    }

    private static Diagnostic renamed(Diagnostic d, Path base) {
        return new Diagnostic(d.ruleId(), d.severity(), d.message(), name(d.file(), base), d.pointer(), d.range(), d.fix());
    }

    /** One file name, relative to the base directory when it lies under it. */
    static String name(String file, Path base) {
        try {
            Path path = Path.of(file).toAbsolutePath().normalize();
            if (!path.startsWith(base) || path.equals(base)) {
                return file;
            }
            return base.relativize(path).toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return file;
        }
    }
}
