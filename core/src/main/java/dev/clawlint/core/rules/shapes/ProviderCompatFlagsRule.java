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
 * from the provider. On a provider without models the flag becomes a comment that says where it belongs, and
 * the provider gets the empty {@code models} OpenClaw requires.
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
            return commentOut(ctx, p);
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

    /**
     * A provider without models: the flags have nowhere to go yet. Each becomes a comment saying where it belongs,
     * and a provider that lacks {@code models} altogether gets {@code models: []} in the first flag's place, which
     * OpenClaw requires of a custom provider ("custom model providers must declare models"): the file loads and the
     * intent stays in it. One fix for all the provider's flags, so two findings cannot each add {@code models}.
     */
    private static @Nullable Fix commentOut(RuleContext ctx, ProviderEntries.Provider p) {
        List<Member> flags = new java.util.ArrayList<>();
        for (String name : FLAGS) {
            Member flag = p.object().member(name);
            if (flag != null) {
                flags.add(flag);
            }
        }
        List<String> notes = new java.util.ArrayList<>();
        for (Member flag : flags) {
            String value = flag.value().span().text();
            if (value.contains("\n") || value.contains("\r")) {
                return null;
            }
            notes.add(flag.key() + ": " + value + " -- a per-model flag: add \"compat\": { " + flag.key() + ": " + value
                    + " } to each model of " + p.id());
        }
        FixBuilder fix = ctx.fix("Turn " + String.join(" and ", flags.stream().map(Member::key).toList())
                + " into comments (" + p.id() + " has no models to carry them)");
        boolean addModels = !p.object().has("models");
        for (int i = 0; i < flags.size(); i++) {
            String at = JsonPointer.child(p.pointer(), flags.get(i).key());
            if (addModels) {
                // all notes above the models they are about
                if (i == 0) {
                    fix.replaceMemberLeavingNotes(at, Plain.ordered("models", List.of()), notes);
                } else {
                    fix.removeMember(at);
                }
            } else {
                fix.removeMemberLeavingNotes(at, List.of(notes.get(i)));
            }
        }
        return fix.build();
    }
}
