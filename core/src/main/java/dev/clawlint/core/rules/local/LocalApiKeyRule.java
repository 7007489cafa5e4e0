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
import dev.clawlint.core.schema.ReleaseChecks;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A provider OpenClaw will ask a key for that has none: an Ollama server, or a custom provider the target release does
 * not run keyless (docs/openclaw/local-backends.md#api-keys-for-local-servers). OpenClaw then fails with "No API key
 * found for provider"; a self-hosted server needs only a marker.
 */
@RuleInfo(
        id = "local-api-key",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "An Ollama or custom provider without apiKey that OpenClaw refuses with No API key found")
public final class LocalApiKeyRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ReleaseChecks checks = ReleaseChecks.of(target.target());
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (hasKey(p) || hasAuthHeader(p)) {
                continue;
            }
            String why = whyAKeyIsAsked(p, checks);
            if (why == null) {
                continue;
            }
            String advice = p.local()
                    ? "The server needs no real key: set a marker such as \"apiKey\": \"" + marker(p) + "\"."
                    : "Set \"apiKey\": \"${" + envName(p) + "}\" (or a SecretRef) with the server's key.";
            String missing = p.apiKey() == null ? "has no apiKey" : "has an empty apiKey";
            ctx.reportKey(p.pointer(), "Provider \"" + p.id() + "\" " + missing + why + ". OpenClaw fails its requests with "
                    + "No API key found for provider \"" + p.id() + "\" (https://github.com/openclaw/openclaw/issues/42890). "
                    + advice);
        }
    }

    /**
     * Why OpenClaw asks this provider for a key (a clause that follows "has no apiKey"), or null when it does not: an
     * Ollama server always wants at least a marker; a built-in provider's plugin supplies its own; a custom provider
     * runs keyless only where the release gives it the placeholder key {@code custom-local}.
     */
    private static @Nullable String whyAKeyIsAsked(EffectiveProvider p, ReleaseChecks checks) {
        if (p.isOllamaServer()) {
            return "";
        }
        if (p.builtIn()) {
            return null;
        }
        ReleaseChecks.LocalKeyless keyless = checks.localKeyless();
        String host = Hosts.host(Valued.valueOrNull(p.baseUrl()));
        if (keyless == null) {
            return host != null && Hosts.classify("http://" + bracketed(host)).isLocal()
                    ? ", and OpenClaw " + checks.release() + " runs no custom provider without a key, not even one on this"
                            + " machine or network"
                    : "";
        }
        if (host == null || !keyless.covers(host)) {
            return "";
        }
        // OpenClaw also wants non-empty models for the placeholder, but a provider without models gets no requests.
        if (!Valued.isWritten(p.api()) || blank(Valued.valueOrNull(p.api()))) {
            return " and no \"api\": OpenClaw runs a server at " + host + " without a key only when its provider writes"
                    + " \"api\" and its models (\"api\": \"openai-completions\" for an OpenAI-compatible server)";
        }
        return null;
    }

    private static boolean hasKey(EffectiveProvider p) {
        return !blank(Valued.valueOrNull(p.apiKey()));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String bracketed(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
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
        return p.id().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_API_KEY";
    }
}
