package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An Ollama server reached through its OpenAI-compatible {@code /v1} path or an {@code openai-*}
 * adapter: Ollama's /v1 streaming drops tool-call deltas, so tools silently stop working.
 */
public final class OllamaOpenaiEndpointRule implements Rule {
    private static final RuleMeta META = new RuleMeta("ollama-openai-endpoint", Severity.ERROR, Category.LOCAL_MODELS,
            "An Ollama server reached through /v1 or an openai-* api, where tool calls silently fail", true);

    private static final String WHY = "tool calls silently fail, because Ollama's /v1 streaming drops tool_calls deltas "
            + "(https://github.com/openclaw/openclaw/issues/21243)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Report report = new Report(target, ctx);
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (!Models.isOllamaEndpoint(p)) {
                continue;
            }
            String url = Models.text(p.baseUrl());
            String api = Models.text(p.api());
            boolean v1 = url != null && Hosts.path(url).endsWith("/v1");
            // an api nobody wrote is missing-api's finding, not this one
            boolean openAi = api != null && api.startsWith("openai-") && Models.isWritten(p.api());
            if (!v1 && !openAi) {
                continue;
            }
            List<TextEdit> edits = new ArrayList<>();
            String apiAt = Models.writtenAt(p.api());
            if (openAi) {
                TextEdit e = report.replaceStringEdit(apiAt, "ollama");
                if (e != null) {
                    edits.add(e);
                }
            }
            String urlAt = Models.writtenAt(p.baseUrl());
            if (v1 && url != null) {
                TextEdit e = report.replaceStringEdit(urlAt, stripV1(url));
                if (e != null) {
                    edits.add(e);
                }
            }
            @Nullable Fix fix = edits.isEmpty() ? null : new Fix("Use Ollama's native API: baseUrl without /v1 and \"api\": \"ollama\"", edits);
            String what = v1 && openAi ? "through /v1 with \"api\": \"" + api + "\""
                    : v1 ? "through /v1" : "with \"api\": \"" + api + "\"";
            String message = "Provider \"" + p.id() + "\" reaches Ollama " + what + ": " + WHY
                    + ". Use the native API: baseUrl without /v1 and \"api\": \"ollama\".";
            report.at(null, v1 && urlAt != null ? urlAt : apiAt != null ? apiAt : urlAt, message, fix);
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
