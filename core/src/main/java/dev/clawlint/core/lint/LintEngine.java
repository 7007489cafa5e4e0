package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.load.LoadProblem;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.load.ReadingRules;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.source.Span;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Runs rules over a target and turns what they report into positioned {@link Diagnostic}s:
 * pointers become ranges (closest existing ancestor for missing nodes), severities follow the
 * settings, and inline suppressions are honoured.
 */
public final class LintEngine {
    private final List<RunRule> rules;
    private final RuleSettings settings;
    private final boolean inlineSuppressions;
    private final boolean judgeSuppressions;
    private final Set<String> knownIds = new HashSet<>();

    /**
     * An engine that honours inline suppressions but does not judge them (resolve's verdict, the fixer: they run part
     * of the catalogue or only want the config's findings).
     *
     * @param rules the rules to run, in order
     * @param settings per-rule severity overrides
     */
    public LintEngine(List<Rule> rules, RuleSettings settings) {
        this(rules, settings, true, false);
    }

    /**
     * The engine of a check: every rule of the catalogue, and a {@code clawlint-disable} comment that suppresses nothing
     * is reported ({@link SuppressionRules#UNUSED_SUPPRESSION}).
     *
     * @param rules the rules to run, in order: all of the catalogue's, so that an id none of them has names no rule
     * @param settings per-rule severity overrides
     * @param inlineSuppressions false to ignore every {@code clawlint-disable} comment (a central audit)
     */
    public LintEngine(List<Rule> rules, RuleSettings settings, boolean inlineSuppressions) {
        this(rules, settings, inlineSuppressions, true);
    }

    private LintEngine(List<Rule> rules, RuleSettings settings, boolean inlineSuppressions, boolean judgeSuppressions) {
        this.rules = rules.stream().map(r -> new RunRule(r, r.meta())).toList();
        this.settings = settings;
        this.inlineSuppressions = inlineSuppressions;
        this.judgeSuppressions = judgeSuppressions;
        this.rules.forEach(r -> knownIds.add(r.meta().id()));
        ReadingRules.all().forEach(m -> knownIds.add(m.id()));
        SuppressionRules.all().forEach(m -> knownIds.add(m.id()));
    }

    /**
     * What a lint run found.
     *
     * @param findings the findings, sorted by file position
     * @param suppressed the findings inline comments silenced, in the same order
     */
    public record Output(List<Diagnostic> findings, List<SuppressedFinding> suppressed) {}

    /**
     * The findings for a loaded config: the loader's problems first (a file that does not parse has
     * only those), then every rule that is not switched off. Both kinds get the same severity settings
     * and suppressions; findings come sorted by file position.
     */
    public List<Diagnostic> lint(LintTarget target) {
        return lintAll(target).findings();
    }

    /** As {@link #lint}, with the findings inline comments silenced kept aside. */
    public Output lintAll(LintTarget target) {
        LoadedConfig loaded = target.loaded();
        Document document = loaded.document();
        Suppressions suppressions = document == null || !inlineSuppressions ? Suppressions.NONE : Suppressions.of(document);
        Findings out = new Findings(new ArrayList<>(), new ArrayList<>());
        for (LoadProblem problem : loaded.problems()) {
            RuleMeta meta = problem.rule();
            if (!settings.isOff(meta.id())) {
                add(out, suppressions, meta, null, problem.pointer(), problem.span(), problem.message(), null);
            }
        }
        if (document != null) {
            for (RunRule run : rules) {
                Rule rule = run.rule();
                RuleMeta meta = run.meta();
                if (settings.isOff(meta.id())) {
                    continue;
                }
                rule.check(target, new RuleContext(document, (severity, pointer, span, onKey, message, fix) ->
                        add(out, suppressions, meta, severity, pointer,
                                span != null ? span : spanFor(document, pointer, onKey), message, fix),
                        settings.optionsOf(meta.id())));
            }
        }
        if (judgeSuppressions) {
            reportUnused(out, suppressions);
        }
        out.reported().sort(ORDER);
        out.suppressed().sort(Comparator.comparing(SuppressedFinding::finding, ORDER));
        return new Output(List.copyOf(out.reported()), List.copyOf(out.suppressed()));
    }

    /** A rule with its metadata, read once per engine rather than once per rule per file. */
    private record RunRule(Rule rule, RuleMeta meta) {}

    /** Where one run's findings go as the rules report them. */
    private record Findings(List<Diagnostic> reported, List<SuppressedFinding> suppressed) {}

    /**
     * The directives, or the ids in them, that suppressed nothing once every rule has run. An id of a rule the settings
     * switch off is left alone: the directive would be needed if the rule were on.
     */
    private void reportUnused(Findings out, Suppressions suppressions) {
        RuleMeta meta = SuppressionRules.UNUSED_SUPPRESSION;
        if (settings.isOff(meta.id())) {
            return;
        }
        for (Suppressions.Directive d : suppressions.directives()) {
            List<String> messages = new ArrayList<>();
            if (d.ids().isEmpty()) {
                if (d.used().isEmpty()) {
                    messages.add("This clawlint-disable comment suppresses no finding: remove it, so that it cannot hide a"
                            + " future one.");
                }
            } else {
                for (String id : d.ids().stream().sorted().toList()) {
                    if (!knownIds.contains(id)) {
                        messages.add("This clawlint-disable comment names \"" + id + "\", which is no clawlint rule, so it"
                                + " suppresses nothing: correct the id (`clawlint rules` lists them) or remove it.");
                    } else if (!d.used().contains(id) && !settings.isOff(id)) {
                        messages.add("This clawlint-disable comment suppresses no " + id + " finding: remove \"" + id
                                + "\" from it (or the comment), so that it cannot hide a future one.");
                    }
                }
            }
            for (String message : messages) {
                add(out, Suppressions.NONE, meta, null, "", d.comment(), message, null);
            }
        }
    }

    private void add(Findings out, Suppressions suppressions, RuleMeta meta, @Nullable Severity severity,
            String pointer, Span span, String message, @Nullable Fix fix) {
        Range range = span.range();
        Severity chosen = severity == null ? meta.defaultSeverity() : severity;
        // a secret written where no secret belongs (an api, a model ref) is quoted by the message about that value
        Fix shown = fix == null ? null : new Fix(Secrets.redactText(fix.description()), fix.edits());
        Diagnostic d = new Diagnostic(meta.id(), settings.effective(meta.id(), chosen), Secrets.redactText(message),
                span.file().displayName(), pointer, range, shown);
        Suppressions.Directive by = suppressions.suppressing(span.file(), range.start().line(), meta.id());
        if (by == null) {
            out.reported().add(d);
        } else {
            out.suppressed().add(new SuppressedFinding(d, Secrets.redactText(by.reason())));
        }
    }

    /** File, then position, then rule id: a stable order for every report. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparing(d -> d.range().start())
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    /**
     * The span a finding highlights. A missing node falls back to its closest existing ancestor; a
     * member is shown by its key when asked, or when the finding is about something missing inside it.
     */
    static Span spanFor(Document document, String pointer, boolean onKey) {
        String existing = document.closestExisting(pointer);
        Node node = document.node(existing);
        if (node == null) {
            throw new IllegalStateException("the root always exists");
        }
        Member member = document.member(existing);
        boolean fellBack = !existing.equals(pointer);
        if (member != null && (onKey || fellBack)) {
            return member.keySpan();
        }
        return node.span();
    }

}
