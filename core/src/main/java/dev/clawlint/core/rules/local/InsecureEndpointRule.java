package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;

/** A credential sent over plain {@code http://} to a host on the public internet. */
@RuleInfo(
        id = "insecure-endpoint",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A credential sent over plain http to a public host")
public final class InsecureEndpointRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            String url = Valued.valueOrNull(p.baseUrl());
            if (url == null || !url.regionMatches(true, 0, "http://", 0, 7) || Hosts.classify(url) != Hosts.Kind.PUBLIC
                    || !hasCredential(p)) {
                continue;
            }
            ctx.report(Valued.pointerOf(p.baseUrl()), "Provider \"" + p.id() + "\" sends its credential over plain http to "
                    + Hosts.host(url) + ", a public host: anyone on the path can read the key and the conversation. Use "
                    + "https:// (or reach the server through a VPN or SSH tunnel on a private address).");
        }
    }

    private static boolean hasCredential(EffectiveProvider p) {
        Valued<String> key = p.apiKey();
        return key != null && !Secrets.isMarker(key.value()) || !p.headers().isEmpty();
    }
}
