package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;

/** A credential sent over plain {@code http://} to a host on the public internet. */
public final class InsecureEndpointRule implements Rule {
    private static final RuleMeta META = new RuleMeta("insecure-endpoint", Severity.WARNING, Category.LOCAL_MODELS,
            "A credential sent over plain http to a public host");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveProvider p : target.effective().providers().values()) {
            String url = Models.text(p.baseUrl());
            if (url == null || !url.regionMatches(true, 0, "http://", 0, 7) || Hosts.classify(url) != Hosts.Kind.PUBLIC
                    || !hasCredential(p)) {
                continue;
            }
            report.at(Models.writtenAt(p.baseUrl()), "Provider \"" + p.id() + "\" sends its credential over plain http to "
                    + Hosts.host(url) + ", a public host: anyone on the path can read the key and the conversation. Use "
                    + "https:// (or reach the server through a VPN or SSH tunnel on a private address).");
        }
    }

    private static boolean hasCredential(EffectiveProvider p) {
        Valued<String> key = p.apiKey();
        return key != null && !dev.clawlint.core.knowledge.Secrets.isMarker(key.value()) || !p.headers().isEmpty();
    }
}
