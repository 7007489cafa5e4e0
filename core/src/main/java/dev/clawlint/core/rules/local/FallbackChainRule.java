package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveAgent;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.Valued;
import java.util.HashSet;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A fallback chain that does not fall back: a fallback equal to the primary or repeated, or every
 * fallback on the primary's own host (no redundancy when that machine is down).
 */
@RuleInfo(
        id = "fallback-chain",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A fallback that repeats the primary or another fallback, or a chain that never leaves the primary's host")
public final class FallbackChainRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveAgent agent : target.effective().agents()) {
            ModelRef primary = agent.primary();
            if (agent.fallbacks().isEmpty()) {
                continue;
            }
            Set<String> earlier = new HashSet<>();
            for (ModelRef f : agent.fallbacks()) {
                if (f.ref().equals(primary.ref())) {
                    ctx.report(f.pointer(), "Fallback \"" + f.written() + "\" is the primary model again: when the "
                            + "primary fails, OpenClaw retries the same model, so the chain gives no fallback (the guide's "
                            + "\"fallback overwrites primary\" mistake). Use a different model, ideally on another host.");
                } else if (!earlier.add(f.ref())) {
                    ctx.report(f.pointer(), "Fallback \"" + f.written() + "\" is already earlier in the chain: OpenClaw "
                            + "tries the same model twice. Remove the repeat.");
                }
            }
            String host = host(primary);
            if (host == null) {
                continue;
            }
            boolean allSame = true;
            for (ModelRef f : agent.fallbacks()) {
                allSame &= host.equals(host(f));
            }
            if (allSame) {
                ctx.report(Severity.INFO, agent.fallbacksPointer(), false, "Every fallback runs on " + host
                        + ", the primary's host: when that machine or server is down, the whole chain fails with it. Add a fallback on "
                        + "another host or a hosted provider.", null);
            }
        }
    }

    /** The host:port a reference is served from, or null when unknown (built-in hosted providers). */
    private static @Nullable String host(ModelRef ref) {
        EffectiveProvider p = ref.provider();
        String url = null;
        if (ref.model() != null) {
            url = Valued.valueOrNull(ref.model().baseUrl());
        }
        if (url == null && p != null) {
            url = Valued.valueOrNull(p.baseUrl());
        }
        String h = Hosts.host(url);
        return h == null ? null : h + (Hosts.port(url) > 0 ? ":" + Hosts.port(url) : "");
    }
}
