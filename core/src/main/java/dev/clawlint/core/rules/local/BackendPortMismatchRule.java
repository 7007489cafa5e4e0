package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Backends;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;

/** A provider whose id or api names one server while its port is another server's default. */
@RuleInfo(
        id = "backend-port-mismatch",
        severity = Severity.INFO,
        category = Category.LOCAL_MODELS,
        summary = "A provider's id or api names one server but its port is another server's default")
public final class BackendPortMismatchRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            String url = Valued.valueOrNull(p.baseUrl());
            Backend said = "ollama".equals(Valued.valueOrNull(p.api())) ? Backend.OLLAMA : Backends.fromName(p.id());
            int port = Hosts.port(url);
            Backend byPort = port > 0 ? Backends.fromPort(port) : null;
            // A port two servers share (8000: vLLM and oMLX) is no mismatch for either of them.
            if (said == null || byPort == null || said.defaultPort() == port || !Valued.isWritten(p.baseUrl())) {
                continue;
            }
            String by = said == Backend.OLLAMA && "ollama".equals(Valued.valueOrNull(p.api())) ? "\"api\": \"ollama\"" : "its id";
            ctx.report(Valued.pointerOf(p.baseUrl()), "Provider \"" + p.id() + "\" is " + said.displayName() + " by " + by
                    + ", but port " + byPort.defaultPort() + " is " + byPort.displayName() + "'s default (" + said.displayName()
                    + " uses " + said.defaultPort() + "): requests may reach the wrong server and fail or use the wrong "
                    + "protocol. Check the port, or rename the provider after the server it really is.");
        }
    }
}
