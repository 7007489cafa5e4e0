package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleOption;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import java.util.List;

/** A credential sent over plain {@code http://} to a host on the public internet. */
@RuleInfo(
        id = "insecure-endpoint",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A credential sent over plain http to a public host")
public final class InsecureEndpointRule implements Rule {
    /** Hosts a team reaches over plain http on purpose (a VPN address with a public name, a TLS-terminating tunnel). */
    static final RuleOption<List<String>> ALLOWED_HOSTS = RuleOption.hosts("allowedHosts",
            "Public host names a credential may reach over plain http (behind a VPN or tunnel); compared without case");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(ALLOWED_HOSTS);
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        List<String> allowed = ctx.option(ALLOWED_HOSTS);
        for (EffectiveProvider p : target.effective().providers().values()) {
            String url = Valued.valueOrNull(p.baseUrl());
            if (url == null || !url.regionMatches(true, 0, "http://", 0, 7) || Hosts.classify(url) != Hosts.Kind.PUBLIC
                    || !hasCredential(p) || allowed.contains(String.valueOf(Hosts.host(url)).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            ctx.report(Valued.pointerOf(p.baseUrl()), "Provider \"" + p.id() + "\" sends its credential over plain http to "
                    + Hosts.host(url) + ", a public host: anyone on the path can read the key and the conversation. Use "
                    + "https:// (or reach the server through a VPN or SSH tunnel on a private address; a host reached that way on"
                    + " purpose goes in the rule's allowedHosts option in .clawlint.json5).");
        }
    }

    private static boolean hasCredential(EffectiveProvider p) {
        Valued<String> key = p.apiKey();
        return key != null && !Secrets.isMarker(key.value()) || !p.headers().isEmpty();
    }
}
