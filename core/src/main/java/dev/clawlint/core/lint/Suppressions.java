package dev.clawlint.core.lint;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.source.Span;
import dev.clawlint.core.tree.Comment;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.util.Regex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Inline suppressions written as comments:
 * {@code // clawlint-disable-line rule-a, rule-b}, {@code // clawlint-disable-next-line rule-a},
 * and {@code // clawlint-disable-file rule-a}. Without rule ids they suppress every rule; a reason may follow
 * {@code --}. Each directive remembers which of its ids suppressed something, so that the ones that suppress nothing
 * can be reported ({@link SuppressionRules#UNUSED_SUPPRESSION}).
 */
final class Suppressions {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*clawlint-disable-(line|next-line|file)\\b([\\s\\S]*?)(?:--([\\s\\S]*))?$");

    /**
     * One directive.
     *
     * @param comment where it is written
     * @param ids the rule ids it names; empty for every rule
     * @param used the ids that suppressed a finding (the empty string for a directive without ids)
     * @param reason what follows {@code --}, trimmed ({@code ""} when nothing does)
     */
    record Directive(Span comment, Set<String> ids, Set<String> used, String reason) {}

    /** Per file: line number (0 = whole file) to the directives that apply there. */
    private final Map<SourceFile, Map<Integer, List<Directive>>> byFile;
    private final List<Directive> all;

    /** For a file with no document, or a run that ignores inline suppressions: nothing is suppressed. */
    static final Suppressions NONE = new Suppressions(Map.of(), List.of());

    private Suppressions(Map<SourceFile, Map<Integer, List<Directive>>> byFile, List<Directive> all) {
        this.byFile = byFile;
        this.all = all;
    }

    static Suppressions of(Document document) {
        Map<SourceFile, Map<Integer, List<Directive>>> byFile = new HashMap<>();
        List<Directive> all = new ArrayList<>();
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
                Set<String> ids = new LinkedHashSet<>();
                String list = Regex.group(m, 2).trim();
                if (!list.isEmpty()) {
                    ids.addAll(List.of(list.split("[\\s,]+")));
                }
                String written = m.group(3);
                String reason = written == null ? "" : written.trim();
                Directive d = new Directive(c.span(), Set.copyOf(ids), new HashSet<>(), reason);
                all.add(d);
                byFile.computeIfAbsent(file, f -> new HashMap<>()).computeIfAbsent(line, l -> new ArrayList<>()).add(d);
            }
        }
        return new Suppressions(byFile, all);
    }

    /**
     * The directive that suppresses a finding of {@code ruleId} on this line, or null; every directive that matches counts
     * as used.
     */
    @Nullable Directive suppressing(SourceFile file, int line, String ruleId) {
        Map<Integer, List<Directive>> lines = byFile.get(file);
        if (lines == null) {
            return null;
        }
        Directive onLine = matching(lines.get(line), ruleId);
        Directive inFile = matching(lines.get(0), ruleId);
        return onLine != null ? onLine : inFile;
    }

    /** Every directive, in the order written, with what it suppressed. */
    List<Directive> directives() {
        return all;
    }

    private static @Nullable Directive matching(@Nullable List<Directive> entries, String ruleId) {
        if (entries == null) {
            return null;
        }
        Directive first = null;
        for (Directive d : entries) {
            if (d.ids().isEmpty() || d.ids().contains(ruleId)) {
                d.used().add(d.ids().isEmpty() ? "" : ruleId);
                first = first == null ? d : first;
            }
        }
        return first;
    }
}
