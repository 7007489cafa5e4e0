package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The guide's {@code requiresStringContent} / {@code strictMessageKeys} on a provider. They are
 * per-model {@code compat} flags (docs/openclaw/models-and-providers.md#compat-flags); on the provider OpenClaw rejects them as unknown
 * keys. The fix copies the flag into each of the provider's models' {@code compat} and removes it
 * from the provider. A provider without models gets no fix: there is nowhere to put the flag yet.
 */
@RuleInfo(id = "provider-compat-flags", severity = Severity.ERROR, category = Category.GUIDE_SHAPES,
        summary = "A compat flag (requiresStringContent, strictMessageKeys) on a provider instead of its models' compat", fixable = true)
public final class ProviderCompatFlagsRule implements Rule {
    private static final List<String> FLAGS = List.of("requiresStringContent", "strictMessageKeys");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode root = target.root();
        for (ProviderEntries.Provider p : ProviderEntries.providers(root)) {
            for (String flag : FLAGS) {
                Member member = p.object().member(flag);
                if (member == null) {
                    continue;
                }
                List<ProviderEntries.Model> models = ProviderEntries.models(p);
                String message = "\"" + flag + "\" is a per-model compat flag, not a provider key: OpenClaw rejects the file"
                        + " (models.providers." + p.id() + ": Unrecognized key: \"" + flag + "\") and the endpoint gets no"
                        + " such treatment. Set it in each model's \"compat\""
                        + (models.isEmpty() ? " (this provider has no models yet)." : ".");
                ctx.reportKey(JsonPointer.child(p.pointer(), flag), message, fix(ctx, p, member, models));
            }
        }
    }

    private static @Nullable Fix fix(RuleContext ctx, ProviderEntries.Provider p, Member flag,
            List<ProviderEntries.Model> models) {
        if (models.isEmpty()) {
            return null;
        }
        FixBuilder fix = ctx.fix("Move " + flag.key() + " into the compat of each model of " + p.id())
                .removeMember(JsonPointer.child(p.pointer(), flag.key()));
        Object written = FixBuilder.asWritten(flag.value());
        for (ProviderEntries.Model model : models) {
            Node compat = model.object().get("compat");
            if (compat == null) {
                fix.insertMember(model.pointer(), "compat", Plain.ordered(flag.key(), written));
            } else if (compat instanceof ObjectNode c) {
                if (!c.has(flag.key())) {
                    fix.insertMember(JsonPointer.child(model.pointer(), "compat"), flag.key(), written);
                }
            } else {
                return null;
            }
        }
        return fix.build();
    }
}
