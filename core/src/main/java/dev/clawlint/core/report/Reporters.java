package dev.clawlint.core.report;

import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.util.json.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * The output formats core renders, by the names {@code --format} (CLI) and {@code <format>} (Maven
 * plugin) take. Both shells use this one list, so a new format appears in both at once.
 */
public final class Reporters {
    /** Every format name, in the order help texts list them. */
    public static final List<String> NAMES = List.of("text", "json", "sarif", "github", "junit", "checkstyle");

    private Reporters() {}

    /** The reporter for a format name, with the source excerpt shown in {@code text}. */
    public static Reporter byName(String name) {
        return byName(name, true);
    }

    /**
     * The reporter for a format name, ignoring case.
     *
     * @param showSource whether {@code text} prints the source line and carets (other formats ignore it)
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Reporter byName(String name, boolean showSource) {
        return byName(name, new ReportOptions(showSource, false, null));
    }

    /**
     * The reporter for a format name, ignoring case, rendering with these options.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Reporter byName(String name, ReportOptions options) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReporter(options.showSource(), options.color());
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter(options.base());
            case "github" -> new GithubReporter();
            case "junit" -> new JunitReporter();
            case "checkstyle" -> new CheckstyleReporter();
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
        };
    }

    /**
     * The usual file extension for a format's output, without the dot ({@code txt} for text and github,
     * {@code junit.xml} and {@code checkstyle.xml} for the XML formats).
     */
    public static String fileExtension(String name) {
        return switch (byName(name).name()) {
            case "json" -> "json";
            case "sarif" -> "sarif";
            case "junit" -> "junit.xml";
            case "checkstyle" -> "checkstyle.xml";
            default -> "txt";
        };
    }

    /** The target of a file, as the JSON and SARIF reports write it: line, the release that judged it, and why. */
    static void target(JsonObject into, TargetChoice target) {
        into.put("line", target.target().toString());
        into.put("release", target.target().release());
        into.put("reason", target.reason());
    }
}
