package dev.clawlint.core.lint;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Comment;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.util.Regex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Inline suppressions written as comments:
 * {@code // clawlint-disable-line rule-a, rule-b}, {@code // clawlint-disable-next-line rule-a},
 * and {@code // clawlint-disable-file rule-a}. Without rule ids they suppress every rule.
 */
final class Suppressions {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*clawlint-disable-(line|next-line|file)\\b([\\s\\S]*?)(?:--.*)?$");

    /** Per file: line number (0 = whole file) to the rule ids suppressed there (empty = all). */
    private final Map<SourceFile, Map<Integer, List<Set<String>>>> byFile;

    /** For a file with no document: nothing is suppressed. */
    static final Suppressions NONE = new Suppressions(Map.of());

    private Suppressions(Map<SourceFile, Map<Integer, List<Set<String>>>> byFile) {
        this.byFile = byFile;
    }

    static Suppressions of(Document document) {
        Map<SourceFile, Map<Integer, List<Set<String>>>> byFile = new HashMap<>();
        for (SourceFile file : document.files()) {
            for (Comment c : document.comments(file)) {
                Matcher m = DIRECTIVE.matcher(c.text().strip());
                if (!m.matches()) {
                    continue;
                }
                int commentEndLine = c.span().file().positionAt(c.span().end()).line();
                int line = switch (Regex.group(m, 1)) {
                    case "line" -> commentEndLine;
                    case "next-line" -> commentEndLine + 1;
                    default -> 0;
                };
                Set<String> ids = Set.of();
                String list = Regex.group(m, 2).trim();
                if (!list.isEmpty()) {
                    ids = Set.copyOf(List.of(list.split("[\\s,]+")));
                }
                byFile.computeIfAbsent(file, f -> new HashMap<>()).computeIfAbsent(line, l -> new ArrayList<>()).add(ids);
            }
        }
        return new Suppressions(byFile);
    }

    boolean suppresses(SourceFile file, int line, String ruleId) {
        Map<Integer, List<Set<String>>> lines = byFile.get(file);
        if (lines == null) {
            return false;
        }
        return matches(lines.get(line), ruleId) || matches(lines.get(0), ruleId);
    }

    private static boolean matches(@Nullable List<Set<String>> entries, String ruleId) {
        if (entries == null) {
            return false;
        }
        for (Set<String> ids : entries) {
            if (ids.isEmpty() || ids.contains(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
