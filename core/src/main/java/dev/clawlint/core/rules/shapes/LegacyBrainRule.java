package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.BrainMapping;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
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
        ObjectNode root = target.root();
        Member brain = root.member("brain");
        if (brain == null) {
            return;
        }
        Plan plan = brain.value() instanceof ObjectNode b ? plan(root, b) : null;
        String where = plan == null ? "agents.defaults.model {primary: \"<provider>/<model>\", fallbacks: [...]}"
                : "agents.defaults.model {primary: \"" + plan.primary + "\"" + (plan.hasFallbacks ? ", fallbacks: [...]" : "")
                        + "}" + (plan.providerId == null ? "" : " and the local server as models.providers." + plan.providerId);
        String message = "\"brain\" is not an OpenClaw setting: OpenClaw rejects the file (<root>: Unrecognized key: \"brain\")"
                + " and never uses this model choice. Write " + where + " instead.";
        Fix fix = plan == null ? null : ctx.fix("Move brain to " + (plan.providerId == null ? "agents.defaults.model"
                : "agents.defaults.model and models.providers." + plan.providerId)).relocateMember("/brain", plan.tree).build();
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
        boolean hosted = provider != null && !provider.equals("local");
        if (local == null && !hosted && provider != null || (local == null || hosted) && brain.string("model") == null) {
            return null; // "local" with no server, or no model of its own: the user must say what is meant
        }
        // the resolver reads brain the same way (BrainMapping), so fix and resolve agree
        String primary = BrainMapping.primaryRef(brain);
        if (primary == null) {
            return null;
        }
        String localId = local == null ? null : BrainMapping.localProviderId(local);
        Map<String, Object> modelValue = Plain.ordered("primary", primary);
        Node fallbacks = brain.get("fallbacks");
        Node fallback = brain.get("fallback");
        if (fallbacks != null && fallback != null) {
            return null;
        }
        if (fallbacks instanceof ArrayNode) {
            modelValue.put("fallbacks", FixBuilder.asWritten(fallbacks));
        } else if (fallbacks != null) {
            return null;
        } else if (fallback != null) {
            if (!(fallback instanceof StringNode single)) {
                return null;
            }
            modelValue.put("fallbacks", List.of(single.value()));
        }
        Map<String, Object> tree = Plain.ordered();
        String providerId = null;
        if (local != null && localId != null && !providerExists(root, localId)) {
            providerId = localId;
            tree.put("models", Plain.ordered("providers", Plain.ordered(localId, providerEntry(local, primary, localId))));
        }
        tree.put("agents", Plain.ordered("defaults", Plain.ordered("model", modelValue)));
        return new Plan(primary, modelValue.containsKey("fallbacks"), providerId, tree);
    }

    private static Map<String, Object> providerEntry(ObjectNode local, String primary, String localId) {
        Map<String, Object> entry = Plain.ordered();
        String endpoint = local.string("endpoint");
        if (endpoint != null) {
            entry.put("baseUrl", endpoint);
        }
        String api = BrainMapping.localApi(local);
        if (api != null) {
            entry.put("api", api);
        }
        // the row is brain.local.model, the model the resolver gives this provider
        String modelId = local.string("model");
        if (modelId == null && primary.startsWith(localId + "/")) {
            modelId = primary.substring(localId.length() + 1);
        }
        List<Object> models = new ArrayList<>();
        if (modelId != null) {
            models.add(Plain.ordered("id", modelId, "name", modelId));
        }
        entry.put("models", models);
        return entry;
    }

    private static boolean providerExists(ObjectNode root, String id) {
        ObjectNode models = root.object("models");
        ObjectNode providers = models == null ? null : models.object("providers");
        return providers != null && providers.has(id);
    }
}
