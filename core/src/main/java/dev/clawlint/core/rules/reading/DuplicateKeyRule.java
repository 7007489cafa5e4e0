package dev.clawlint.core.rules.reading;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.load.DuplicateKey;
import dev.clawlint.core.tree.JsonPointer;

/** A key written twice in one object: JSON5 keeps the last, so the earlier value is silently lost. */
@RuleInfo(id = "duplicate-key", severity = Severity.WARNING, category = Category.READING,
        summary = "A key repeated in one object; OpenClaw keeps only the last value", fixable = true)
public final class DuplicateKeyRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (DuplicateKey d : target.loaded().duplicates()) {
            int laterLine = d.winner().keySpan().range().start().line();
            String pointer = JsonPointer.child(target.document().pointerOf(d.object()), d.winner().key());
            ctx.reportSpan(pointer, d.shadowed().keySpan(), "Key \"" + d.shadowed().key() + "\" is shadowed by line "
                    + laterLine + ": OpenClaw keeps only the last value, so this one is ignored. Remove one of them.",
                    ctx.fix("Remove the earlier \"" + d.shadowed().key() + "\" (the one OpenClaw ignores)")
                            .removeMember(d.object(), d.shadowed()).build());
        }
    }
}
