package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** An {@code apiKey} or header value that looks like a real credential written in the file. */
@RuleInfo(
        id = "plaintext-secret",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A real-looking credential written in plain text in apiKey or a header")
public final class PlaintextSecretRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            check(ctx, "apiKey of provider \"" + p.id() + "\"", p.apiKey());
            for (Map.Entry<String, Valued<String>> h : p.headers().entrySet()) {
                check(ctx, "Header \"" + h.getKey() + "\" of provider \"" + p.id() + "\"", h.getValue());
            }
        }
    }

    private static void check(RuleContext ctx, String what, @Nullable Valued<String> value) {
        if (value == null || !Valued.isLiteral(value)) {
            return;
        }
        String kind = Secrets.secretKind(value.value());
        if (kind != null) {
            String text = what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1);
            ctx.report(Valued.pointerOf(value), text + " looks like a real credential (" + kind + ") written in plain "
                    + "text: anyone who can read or share this file has it, and OpenClaw copies it into each agent's "
                    + "models.json. Put it in an environment variable and write \"${NAME}\", or use a SecretRef.");
        }
    }
}
