package dev.clawlint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The parts of a rule's page ({@code docs/rules/<id>.md}, packaged in core's jar) that reports carry: the first
 * paragraph of "What it finds" as a plain description, and the "What it finds" and "Fix" sections as help.
 */
final class RuleDocs {
    private static final String DOCS = "/dev/clawlint/docs/rules/";
    /** The test markers of the examples ({@code // expect: ...}), which readers need not see. */
    private static final Pattern MARKER = Pattern.compile("(?m)[ \\t]*//[ \\t]*(?:expect(?:-next-line)?|fixture):.*$");
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

    /**
     * @param description the first paragraph of "What it finds", on one line, markdown marks kept
     * @param markdown the "What it finds" and "Fix" sections
     */
    record Parts(String description, String markdown) {}

    private RuleDocs() {}

    /** The parts of a rule's page; empty strings when the build has no page for it. */
    static Parts of(String ruleId) {
        String page = PAGES.computeIfAbsent(ruleId, RuleDocs::read);
        String finds = section(page, "What it finds");
        String fix = section(page, "Fix");
        int end = finds.indexOf("\n\n");
        String description = (end < 0 ? finds : finds.substring(0, end)).replace('\n', ' ').strip();
        StringBuilder md = new StringBuilder();
        if (!finds.isEmpty()) {
            md.append("## What it finds\n").append(finds.strip()).append("\n");
        }
        if (!fix.isEmpty()) {
            md.append("\n## Fix\n").append(MARKER.matcher(fix).replaceAll("").strip()).append("\n");
        }
        return new Parts(description, md.toString());
    }

    /** The text of a {@code ## heading} section, without the heading; empty when the page has none. */
    private static String section(String page, String heading) {
        String marker = "## " + heading + "\n";
        int start = page.startsWith(marker) ? 0 : page.indexOf("\n" + marker);
        if (start < 0) {
            return "";
        }
        int from = page.indexOf('\n', start + 1) + 1;
        int next = page.indexOf("\n## ", from);
        return page.substring(from, next < 0 ? page.length() : next);
    }

    private static String read(String ruleId) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(DOCS + ruleId + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return "";
        }
    }
}
