package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.load.LoadProblem;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.source.Span;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Runs rules over a target and turns what they report into positioned {@link Diagnostic}s:
 * pointers become ranges (closest existing ancestor for missing nodes), severities follow the
 * settings, and inline suppressions are honoured.
 */
public final class LintEngine {
    private final List<Rule> rules;
    private final RuleSettings settings;

    /**
     * @param rules the rules to run, in order
     * @param settings per-rule severity overrides
     */
    public LintEngine(List<Rule> rules, RuleSettings settings) {
        this.rules = List.copyOf(rules);
        this.settings = settings;
    }

    /**
     * The findings for a loaded config: the loader's problems first (a file that does not parse has
     * only those), then every rule that is not switched off. Both kinds get the same severity settings
     * and suppressions; findings come sorted by file position.
     */
    public List<Diagnostic> lint(LintTarget target) {
        LoadedConfig loaded = target.loaded();
        Document document = loaded.document();
        Suppressions suppressions = document == null ? Suppressions.NONE : Suppressions.of(document);
        List<Diagnostic> out = new ArrayList<>();
        for (LoadProblem problem : loaded.problems()) {
            RuleMeta meta = problem.rule();
            if (!settings.isOff(meta.id())) {
                add(out, suppressions, meta, null, problem.pointer(), problem.span(), problem.message(), null);
            }
        }
        if (document != null) {
            for (Rule rule : rules) {
                RuleMeta meta = rule.meta();
                if (settings.isOff(meta.id())) {
                    continue;
                }
                rule.check(target, new RuleContext(document, (severity, pointer, span, onKey, message, fix) ->
                        add(out, suppressions, meta, severity, pointer,
                                span != null ? span : spanFor(document, pointer, onKey), message, fix)));
            }
        }
        out.sort(ORDER);
        return out;
    }

    private void add(List<Diagnostic> out, Suppressions suppressions, RuleMeta meta, @Nullable Severity severity,
            String pointer, Span span, String message, @Nullable Fix fix) {
        Range range = span.range();
        if (suppressions.suppresses(span.file(), range.start().line(), meta.id())) {
            return;
        }
        Severity chosen = severity == null ? meta.defaultSeverity() : severity;
        // a secret written where no secret belongs (an api, a model ref) is quoted by the message about that value
        Fix shown = fix == null ? null : new Fix(Secrets.redactText(fix.description()), fix.edits());
        out.add(new Diagnostic(meta.id(), settings.effective(meta.id(), chosen), Secrets.redactText(message),
                span.file().displayName(), pointer, range, shown));
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
