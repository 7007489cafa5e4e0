package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.edit.Edits;
import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The guide's top-level {@code brain}, which no OpenClaw release has (docs/openclaw/guide-shapes.md#brain). The fix
 * writes what it means: {@code agents.defaults.model {primary, fallbacks}} and, for
 * {@code brain.local}, a provider entry under {@code models.providers}.
 */
@RuleInfo(id = "legacy-brain", severity = Severity.ERROR, category = Category.GUIDE_SHAPES,
        summary = "The guide's top-level brain, which OpenClaw does not have; the model belongs in agents.defaults.model", fixable = true)
public final class LegacyBrainRule implements Rule {
    private static final Set<String> BRAIN_KEYS = Set.of("provider", "model", "fallbacks", "fallback", "local");
    private static final Set<String> LOCAL_KEYS = Set.of("endpoint", "model", "type");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode root = target.document().rootObject();
        Member brain = root == null ? null : root.member("brain");
        if (root == null || brain == null) {
            return;
        }
        Plan plan = brain.value() instanceof ObjectNode b ? plan(root, b) : null;
        String where = plan == null ? "agents.defaults.model {primary: \"<provider>/<model>\", fallbacks: [...]}"
                : "agents.defaults.model {primary: \"" + plan.primary + "\"" + (plan.hasFallbacks ? ", fallbacks: [...]" : "")
                        + "}" + (plan.providerId == null ? "" : " and the local server as models.providers." + plan.providerId);
        String message = "\"brain\" is not an OpenClaw setting: OpenClaw rejects the file (<root>: Unrecognized key: \"brain\")"
                + " and never uses this model choice. Write " + where + " instead.";
        Fix fix = null;
        if (plan != null) {
            List<TextEdit> edits = Edits.relocate(root, brain, plan.tree);
            if (edits != null) {
                fix = new Fix("Move brain to " + (plan.providerId == null ? "agents.defaults.model"
                        : "agents.defaults.model and models.providers." + plan.providerId), edits);
            }
        }
        ctx.reportKey("/brain", message, fix);
    }

    /** What brain becomes. */
    private record Plan(String primary, boolean hasFallbacks, @Nullable String providerId, Map<String, Object> tree) {}

    private static @Nullable Plan plan(ObjectNode root, ObjectNode brain) {
        for (Member m : brain.members()) {
            if (!BRAIN_KEYS.contains(m.key())) {
                return null; // a key clawlint does not know how to carry over: leave the move to the user
            }
        }
        ObjectNode local = brain.object("local");
        if (brain.has("local") && local == null) {
            return null;
        }
        if (local != null && local.members().stream().anyMatch(m -> !LOCAL_KEYS.contains(m.key()))) {
            return null;
        }
        String provider = brain.string("provider");
        String model = brain.string("model");
        String localId = null;
        String primary;
        if (local != null && (provider == null || provider.equals("local"))) {
            localId = Shapes.localProviderId(local.string("type"));
            String m = model != null ? model : local.string("model");
            if (m == null) {
                return null;
            }
            primary = m.startsWith(localId + "/") ? m : localId + "/" + m;
        } else if (provider != null && !provider.equals("local")) {
            if (model == null) {
                return null;
            }
            primary = model.startsWith(provider + "/") ? model : provider + "/" + model;
        } else if (provider == null && model != null) {
            primary = model;
        } else {
            return null;
        }
        Map<String, Object> modelValue = Shapes.ordered("primary", primary);
        Node fallbacks = brain.get("fallbacks");
        Node fallback = brain.get("fallback");
        if (fallbacks != null && fallback != null) {
            return null;
        }
        if (fallbacks instanceof ArrayNode) {
            modelValue.put("fallbacks", Edits.moved(fallbacks));
        } else if (fallbacks != null) {
            return null;
        } else if (fallback != null) {
            String single = Shapes.string(fallback);
            if (single == null) {
                return null;
            }
            modelValue.put("fallbacks", List.of(single));
        }
        Map<String, Object> tree = Shapes.ordered();
        String providerId = null;
        if (local != null && localId != null && !providerExists(root, localId)) {
            providerId = localId;
            tree.put("models", Shapes.ordered("providers", Shapes.ordered(localId, providerEntry(local, primary, localId))));
        }
        tree.put("agents", Shapes.ordered("defaults", Shapes.ordered("model", modelValue)));
        return new Plan(primary, modelValue.containsKey("fallbacks"), providerId, tree);
    }

    private static Map<String, Object> providerEntry(ObjectNode local, String primary, String localId) {
        Map<String, Object> entry = Shapes.ordered();
        String endpoint = local.string("endpoint");
        if (endpoint != null) {
            entry.put("baseUrl", endpoint);
        }
        String type = local.string("type");
        String api = type == null ? null : Shapes.apiOfType(type);
        if (api != null) {
            entry.put("api", api);
        }
        String modelId = primary.substring(localId.length() + 1);
        List<Object> models = new ArrayList<>();
        models.add(Shapes.ordered("id", modelId, "name", modelId));
        entry.put("models", models);
        return entry;
    }

    private static boolean providerExists(ObjectNode root, String id) {
        ObjectNode models = root.object("models");
        ObjectNode providers = models == null ? null : models.object("providers");
        return providers != null && providers.has(id);
    }
}
