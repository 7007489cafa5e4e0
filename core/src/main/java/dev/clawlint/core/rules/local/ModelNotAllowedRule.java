package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveAgent;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A model the config uses that its own allowlist leaves out: the keys of {@code agents.defaults.models}
 * (while no {@code modelPolicy} is set) or {@code modelPolicy.allow}
 * (docs/openclaw/model-resolution.md#the-allowlist-allowed). A sub-agent model is an override the allowlist
 * refuses; a primary, fallback or heartbeat model still runs, but is hidden and cannot be switched back to.
 */
@RuleInfo(
        id = "model-not-allowed",
        severity = Severity.ERROR,
        category = Category.LOCAL_MODELS,
        summary = "A primary, fallback, heartbeat or sub-agent model that the model allowlist leaves out",
        fixable = true)
public final class ModelNotAllowedRule implements Rule {
    private static final String CATALOG = "/agents/defaults/models";

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveAgent agent : target.effective().agents()) {
            List<Valued<String>> allow = agent.allowlist();
            if (allow.isEmpty()) {
                continue;
            }
            boolean legacyMap = allow.stream().allMatch(a -> {
                String at = a.origin().pointer();
                return at != null && at.startsWith(CATALOG + "/");
            });
            for (ModelRef ref : used(agent)) {
                String at = ref.pointer();
                if (at == null || allowed(ref.ref(), allow)) {
                    continue;
                }
                String list = legacyMap ? "agents.defaults.models has keys, so OpenClaw treats them as the model allowlist"
                        : (agent.isDefaults() ? "agents.defaults" : "agent \"" + agent.id() + "\"") + " restricts models with modelPolicy.allow";
                String how = legacyMap ? "Add \"" + ref.ref() + "\" as a key of agents.defaults.models (an empty {} will do)"
                        : "Add \"" + ref.ref() + "\" (or \"" + ref.providerId() + "/*\") to modelPolicy.allow";
                @Nullable Fix fix = legacyMap ? addKey(target, ctx, ref.ref()) : null;
                if (ref.use() == ModelUse.SUBAGENT) {
                    ctx.report(Severity.ERROR, at, false, "Sub-agent model \"" + ref.written() + "\" is not in the allowlist: " + list
                            + ", and a sub-agent's model is an override it governs, so OpenClaw refuses it (\"model not allowed\") and the "
                            + "sub-agent runs on another model (https://github.com/openclaw/openclaw/issues/12674). " + how + ".", fix);
                } else {
                    ctx.report(Severity.WARNING, at, false, use(ref) + " \"" + ref.written() + "\" is not in the allowlist: " + list
                            + ". OpenClaw still runs it as configured, but `openclaw models list` and the model pickers hide it, and "
                            + "switching to it with /model, a session override or a cron job is refused with \"model not allowed: "
                            + ref.ref() + "\" (https://github.com/openclaw/openclaw/issues/22006). " + how + ".", fix);
                }
            }
        }
    }

    /** The written references an agent routes to: primary, fallbacks, heartbeat and sub-agent model. */
    private static List<ModelRef> used(EffectiveAgent agent) {
        List<ModelRef> refs = new ArrayList<>();
        if (!agent.primary().how().unwritten()) {
            refs.add(agent.primary());
        }
        refs.addAll(agent.fallbacks());
        if (agent.heartbeat() != null) {
            refs.add(agent.heartbeat());
        }
        if (agent.subagent() != null) {
            refs.add(agent.subagent());
        }
        return refs;
    }

    /** Whether an allowlist admits a resolved ref: an exact entry, or a {@code provider/*} (or deeper) wildcard. */
    static boolean allowed(String ref, List<Valued<String>> allow) {
        for (Valued<String> a : allow) {
            String entry = a.value();
            if (entry.equals(ref) || entry.endsWith("/*") && ref.startsWith(entry.substring(0, entry.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static String use(ModelRef ref) {
        return switch (ref.use()) {
            case PRIMARY -> "Primary model";
            case FALLBACK -> "Fallback";
            case HEARTBEAT -> "Heartbeat model";
            default -> "Model";
        };
    }

    /** Adds the ref as a key of {@code agents.defaults.models} (an empty entry), unless such a key is written. */
    private static @Nullable Fix addKey(LintTarget target, RuleContext ctx, String ref) {
        if (target.document().node(JsonPointer.child(CATALOG, ref)) != null) {
            return null;
        }
        return ctx.fix("Add \"" + ref + "\" to agents.defaults.models").insertMember(CATALOG, ref, Map.of()).build();
    }
}
