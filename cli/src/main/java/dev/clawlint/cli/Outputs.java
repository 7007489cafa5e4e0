package dev.clawlint.cli;

import dev.clawlint.core.report.Reporters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The reports of one run, from {@code --format FORMAT[=FILE]} (repeatable) and {@code -o FILE}: each format goes
 * to its own file, or, for the one format named without a file, to {@code -o FILE} or standard output.
 */
final class Outputs {
    /**
     * One report.
     *
     * @param format a name of {@link Reporters#NAMES}
     * @param file where it goes; null for standard output
     */
    record Output(String format, @Nullable Path file) {}

    private Outputs() {}

    /**
     * The outputs the options ask for.
     *
     * @throws IllegalArgumentException for an unknown format, two formats for standard output, or {@code -o}
     *     with no format left for it
     */
    static List<Output> parse(List<String> formats, @Nullable Path output) {
        List<String> given = formats.isEmpty() ? List.of("text") : formats;
        List<Output> out = new ArrayList<>();
        int toStdout = 0;
        for (String spec : given) {
            int eq = spec.indexOf('=');
            String name = (eq < 0 ? spec : spec.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            Reporters.byName(name); // throws for an unknown name
            if (eq >= 0) {
                String file = spec.substring(eq + 1).trim();
                if (file.isEmpty()) {
                    throw new IllegalArgumentException("--format " + spec + ": name the file after '=', e.g. --format "
                            + name + "=clawlint." + Reporters.fileExtension(name));
                }
                out.add(new Output(name, Path.of(file)));
            } else {
                toStdout++;
                out.add(new Output(name, output));
            }
        }
        if (toStdout > 1) {
            throw new IllegalArgumentException("only one --format can go to " + (output == null ? "standard output" : "-o "
                    + output) + "; give the others a file: --format FORMAT=FILE");
        }
        if (output != null && toStdout == 0) {
            throw new IllegalArgumentException("-o " + output + " has no format to write: every --format names its own file");
        }
        return List.copyOf(out);
    }

    /**
     * Whether the text report is coloured: {@code --color always|never} decides; with {@code auto} (the default),
     * no when {@code NO_COLOR} is set and not empty (no-color.org), yes when {@code FORCE_COLOR} is set to anything
     * but {@code 0} or {@code false}, else yes only on a terminal.
     *
     * @throws IllegalArgumentException for a mode other than auto, always, never
     */
    static boolean color(String mode, Map<String, String> env, boolean terminal) {
        switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "always":
                return true;
            case "never":
                return false;
            case "auto":
                break;
            default:
                throw new IllegalArgumentException("--color takes auto, always or never, not '" + mode + "'");
        }
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        String force = env.get("FORCE_COLOR");
        if (force != null) {
            String f = force.trim().toLowerCase(Locale.ROOT);
            return !f.equals("0") && !f.equals("false");
        }
        return terminal;
    }
}
