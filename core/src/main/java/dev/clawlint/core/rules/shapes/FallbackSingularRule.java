package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code fallback} (singular) in a model selection, where OpenClaw only knows {@code fallbacks}, a
 * list (docs/openclaw/agents.md#the-default-model: {@code agents.defaults.model: Unrecognized key: "fallback"}). The fix renames
 * it and wraps a single reference in a list. ({@code brain.fallback} is {@code legacy-brain}'s.)
 */
@RuleInfo(id = "fallback-singular", severity = Severity.ERROR, category = Category.GUIDE_SHAPES,
        summary = "fallback (singular) where OpenClaw expects a fallbacks list", fixable = true)
public final class FallbackSingularRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode root = target.root();
        ObjectNode agents = root.object("agents");
        if (agents == null) {
            return;
        }
        List<String> selections = new ArrayList<>();
        selections.add(JsonPointer.of("agents", "defaults", "model"));
        if (agents.get("list") instanceof ArrayNode list) {
            for (int i = 0; i < list.elements().size(); i++) {
                selections.add(JsonPointer.child(JsonPointer.of("agents", "list"), i) + "/model");
            }
        }
        ObjectNode entries = agents.object("entries");
        if (entries != null) {
            for (Member m : entries.effectiveMembers()) {
                selections.add(JsonPointer.of("agents", "entries", m.key(), "model"));
            }
        }
        for (String pointer : selections) {
            if (target.document().node(pointer) instanceof ObjectNode selection && selection.member("fallback") != null) {
                Member fallback = selection.member("fallback");
                if (fallback != null) {
                    ctx.reportKey(JsonPointer.child(pointer, "fallback"), "\"fallback\" is not a key here: OpenClaw rejects the file ("
                            + JsonPointer.toDotted(pointer) + ": Unrecognized key: \"fallback\"), so this model never backs up"
                            + " the primary. Write \"fallbacks\": [ ... ], a list.", fix(ctx, pointer, selection, fallback));
                }
            }
        }
    }

    private static @Nullable Fix fix(RuleContext ctx, String pointer, ObjectNode selection, Member fallback) {
        Node value = fallback.value();
        Node fallbacks = selection.get("fallbacks");
        String at = JsonPointer.child(pointer, "fallback");
        if (fallbacks != null) {
            // both written: fallback can only go when the list already holds it
            boolean listed = value instanceof StringNode s && fallbacks instanceof ArrayNode a
                    && a.elements().stream().anyMatch(e -> e instanceof StringNode es && es.value().equals(s.value()));
            return listed ? ctx.fix("Remove fallback (fallbacks already lists it)").removeMember(at).build() : null;
        }
        if (value instanceof ArrayNode) {
            return ctx.fix("Rename fallback to fallbacks").renameKey(at, "fallbacks").build();
        }
        if (value instanceof StringNode) {
            return ctx.fix("Replace fallback with a fallbacks list").renameKey(at, "fallbacks").wrapInArray(at).build();
        }
        return null;
    }
}
