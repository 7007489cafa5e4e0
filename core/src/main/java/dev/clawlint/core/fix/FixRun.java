package dev.clawlint.core.fix;

import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.FileSettings;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.load.ReadLimits;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.schema.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The front door for {@code clawlint fix}: reads each file, fixes it in memory ({@link Fixer}), and
 * writes it back atomically unless this is a dry run. A file is never written when it could not be
 * parsed, when it changed on disk since it was read, or when it is not a regular file. A fix in a file reached
 * through {@code $include} inside the named file's folder is written with it, all files or none; one outside the
 * folder is never written (the run fails and says so).
 */
public final class FixRun {
    /** Lines of unchanged context around each change in a diff: enough to find the place, few enough to show little else. */
    public static final int DIFF_CONTEXT = 2;

    private final List<Rule> rules;
    private final @Nullable SchemaValidator schema;
    private final AtomicWrite writer;

    /** A run with the built-in rules and the whole-file schema of the request's target. */
    public FixRun() {
        this(BuiltInRules.all(), null, new AtomicWrite());
    }

    /** A run with these rules and this validator (null: the whole-file schema of the request's target). */
    FixRun(List<Rule> rules, @Nullable SchemaValidator schema, AtomicWrite writer) {
        this.rules = List.copyOf(rules);
        this.schema = schema;
        this.writer = writer;
    }

    /** Fixes every file of the request, in order. */
    public List<FixFileResult> run(FixRequest request) {
        // one fixer per settings (a settings file's override can give some files other rules or another target)
        Map<FileSettings, Fixer> fixers = new HashMap<>();
        List<FixFileResult> out = new ArrayList<>();
        for (Path file : request.files()) {
            Fixer fixer = fixers.computeIfAbsent(request.settingsFor(file),
                    s -> new Fixer(rules, s.rules(), s.target(), schema, request.onlyRules()));
            out.add(fixOne(fixer, file, request));
        }
        return out;
    }

    private FixFileResult fixOne(Fixer fixer, Path file, FixRequest request) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return failed(name, Files.exists(file) ? name + ": not a regular file" : name + ": no such file");
            }
            if (Files.size(file) > ReadLimits.DEFAULT.maxFileBytes()) {
                return failed(name, name + ": larger than the " + ReadLimits.DEFAULT.maxFileBytes()
                        + "-byte limit for a config file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(name, name + ": no such file");
        } catch (IOException e) {
            return failed(name, name + ": cannot read: " + e.getMessage());
        }
        FixOutcome outcome = fixer.fix(bytes, file, name, request.environment());
        if (outcome.refusal() != null) {
            return new FixFileResult(outcome, "", false, name + ": " + outcome.refusal() + "; the file is unchanged");
        }
        StringBuilder diff = new StringBuilder(diff(name, !file.isAbsolute(), outcome.original(), outcome.fixed()));
        for (IncludedChange c : outcome.included()) {
            diff.append(diff(c.displayName(), !Path.of(c.displayName()).isAbsolute(), c.original(), c.fixed()));
        }
        String outside = outcome.wouldWriteOutside() ? name + ": " + String.join("; ", outcome.skipped().stream()
                .filter(s -> s.startsWith(Fixer.OUTSIDE)).toList()) : null;
        if (request.dryRun() || !outcome.changed()) {
            return new FixFileResult(outcome, diff.toString(), false, outside);
        }
        // the named file and the included ones it changed: all written, or none
        List<AtomicWrite.Replacement> writes = new ArrayList<>();
        if (!outcome.original().equals(outcome.fixed())) {
            writes.add(new AtomicWrite.Replacement(file, bytes, encode(bytes, outcome.fixed())));
        }
        for (IncludedChange c : outcome.included()) {
            writes.add(new AtomicWrite.Replacement(c.path(), c.bytes(), encode(c.bytes(), c.fixed())));
        }
        try {
            writer.replaceAll(writes);
        } catch (FixWriteException e) {
            return new FixFileResult(outcome, diff.toString(), false, e.getMessage());
        }
        return new FixFileResult(outcome, diff.toString(), true, outside);
    }

    /** A unified diff of one file, {@code a/}/{@code b/} prefixed for a relative name, secret-looking values redacted. */
    private static String diff(String name, boolean relative, String original, String fixed) {
        return LineDiff.unified(relative ? "a/" + name : name, relative ? "b/" + name : name, original, fixed, DIFF_CONTEXT,
                Secrets::redactLine);
    }

    /** UTF-8, with the byte order mark the file had (the decoder drops it, the file keeps it). */
    static byte[] encode(byte[] original, String text) {
        boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
                && (original[2] & 0xFF) == 0xBF;
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private static FixFileResult failed(String name, String message) {
        return new FixFileResult(new FixOutcome(name, message, "", "", List.of(), 0, List.of(), List.of(), List.of()), "", false,
                message);
    }
}
