package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;

/**
 * An Ollama server, or a custom provider beyond this machine, with no {@code apiKey}: OpenClaw then
 * fails with "No API key found for provider" (a self-hosted server needs only a marker).
 */
@RuleInfo(
        id = "local-api-key",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "An Ollama or non-loopback custom provider without apiKey, which OpenClaw refuses with No API key found")
public final class LocalApiKeyRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (p.apiKey() != null || hasAuthHeader(p) || !needsKey(p)) {
                continue;
            }
            String advice = p.local()
                    ? "The server needs no real key: set a marker such as \"apiKey\": \"" + marker(p) + "\"."
                    : "Set \"apiKey\": \"${" + envName(p) + "}\" (or a SecretRef) with the server's key.";
            ctx.reportKey(p.pointer(), "Provider \"" + p.id() + "\" has no apiKey: OpenClaw fails its requests with "
                    + "No API key found for provider \"" + p.id() + "\" (https://github.com/openclaw/openclaw/issues/42890). " + advice);
        }
    }

    /**
     * Whether OpenClaw wants a key here: an Ollama server (its discovery and auth look for one, a
     * marker will do), or a custom provider that is not on this machine.
     */
    private static boolean needsKey(EffectiveProvider p) {
        if (p.isOllamaServer()) {
            return true;
        }
        return !p.builtIn() && Hosts.classify(Valued.valueOrNull(p.baseUrl())) != Hosts.Kind.LOOPBACK;
    }

    private static boolean hasAuthHeader(EffectiveProvider p) {
        for (String h : p.headers().keySet()) {
            if (h.equalsIgnoreCase("authorization") || h.equalsIgnoreCase("x-api-key") || h.equalsIgnoreCase("api-key")) {
                return true;
            }
        }
        return false;
    }

    private static String marker(EffectiveProvider p) {
        return p.isOllamaServer() ? "ollama-local" : p.id().replaceAll("[^A-Za-z0-9-]", "-") + "-local";
    }

    private static String envName(EffectiveProvider p) {
        return p.id().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_API_KEY";
    }
}
