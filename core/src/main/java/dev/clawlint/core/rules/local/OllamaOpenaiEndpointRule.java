package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An Ollama server reached through its OpenAI-compatible {@code /v1} path or an {@code openai-*}
 * adapter: Ollama's /v1 streaming drops tool-call deltas, so tools silently stop working.
 */
@RuleInfo(
        id = "ollama-openai-endpoint",
        severity = Severity.ERROR,
        category = Category.LOCAL_MODELS,
        summary = "An Ollama server reached through /v1 or an openai-* api, where tool calls silently fail",
        fixable = true)
public final class OllamaOpenaiEndpointRule implements Rule {
    private static final String WHY = "tool calls silently fail, because Ollama's /v1 streaming drops tool_calls deltas "
            + "(https://github.com/openclaw/openclaw/issues/21243)";

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (!p.isOllamaServer()) {
                continue;
            }
            String url = Valued.valueOrNull(p.baseUrl());
            String api = Valued.valueOrNull(p.api());
            boolean v1 = url != null && Hosts.path(url).endsWith("/v1");
            // an api nobody wrote is missing-api's finding, not this one
            boolean openAi = api != null && api.startsWith("openai-") && Valued.isWritten(p.api());
            if (!v1 && !openAi) {
                continue;
            }
            String apiAt = Valued.pointerOf(p.api());
            String urlAt = Valued.pointerOf(p.baseUrl());
            FixBuilder useNative = ctx.fix("Use Ollama's native API: baseUrl without /v1 and \"api\": \"ollama\"");
            if (openAi) {
                useNative.replaceStringWherePossible(apiAt, "ollama");
            }
            if (v1 && url != null) {
                useNative.replaceStringWherePossible(urlAt, stripV1(url));
            }
            @Nullable Fix fix = useNative.build();
            String what = v1 && openAi ? "through /v1 with \"api\": \"" + api + "\""
                    : v1 ? "through /v1" : "with \"api\": \"" + api + "\"";
            String message = "Provider \"" + p.id() + "\" reaches Ollama " + what + ": " + WHY
                    + ". Use the native API: baseUrl without /v1 and \"api\": \"ollama\".";
            ctx.report(v1 && urlAt != null ? urlAt : apiAt != null ? apiAt : urlAt, message, fix);
        }
    }

    /** The URL without its trailing {@code /v1} (and slashes). */
    static String stripV1(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.endsWith("/v1") ? u.substring(0, u.length() - 3) : u;
    }
}
