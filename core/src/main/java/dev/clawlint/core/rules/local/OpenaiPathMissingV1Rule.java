package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An OpenAI-compatible server (LM Studio, vLLM, SGLang, LiteLLM) addressed without its {@code /v1} path; and, as
 * a hint, a remote custom OpenAI-compatible host whose base URL has no path at all.
 */
@RuleInfo(
        id = "openai-path-missing-v1",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "An openai-* api pointed at LM Studio, vLLM, SGLang or LiteLLM without the /v1 path",
        fixable = true)
public final class OpenaiPathMissingV1Rule implements Rule {
    private static final Set<Backend> SERVE_UNDER_V1 = Set.of(Backend.LMSTUDIO, Backend.VLLM, Backend.SGLANG, Backend.LITELLM);
    private static final Set<String> OPENAI_APIS = Set.of("openai-completions", "openai-responses");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            String url = Valued.valueOrNull(p.baseUrl());
            String api = Valued.valueOrNull(p.api());
            if (url == null || api == null || !OPENAI_APIS.contains(api) || url.contains("${") || Hosts.host(url) == null
                    // a URL that ends in the endpoint path is endpoint-path-suffix's; /v1 is checked once that is stripped
                    || EndpointPathSuffixRule.endsInEndpointPath(url)) {
                continue;
            }
            if (!SERVE_UNDER_V1.contains(p.backend())) {
                hintWhenRemoteHasNoPath(p, url, api, ctx);
                continue;
            }
            if (Hosts.path(url).endsWith("/v1")) {
                continue;
            }
            String fixed = stripSlashes(url) + "/v1";
            String at = Valued.pointerOf(p.baseUrl());
            @Nullable Fix appendV1 = ctx.fix("Append /v1 to the base URL").replaceString(at, fixed).build();
            ctx.report(at, p.backend().displayName() + " serves its OpenAI-compatible API under /v1, but provider \""
                    + p.id() + "\" uses " + url + " with \"api\": \"" + api + "\": OpenClaw requests /chat/completions and "
                    + "the server answers 404. Use " + fixed + ".", appendV1);
        }
    }

    /**
     * A custom provider on another machine at a bare origin ({@code https://llm.example.com}): OpenClaw appends
     * {@code /chat/completions} (or {@code /responses}) to it, while most OpenAI-compatible servers and gateways
     * serve under {@code /v1}. Only a hint, since some proxies do serve at the root.
     */
    private static void hintWhenRemoteHasNoPath(EffectiveProvider p, String url, String api, RuleContext ctx) {
        if (p.builtIn() || p.local() || p.isOllamaServer() || !Hosts.path(url).isEmpty()) {
            return;
        }
        String endpoint = "openai-responses".equals(api) ? "/responses" : "/chat/completions";
        ctx.report(Severity.INFO, Valued.pointerOf(p.baseUrl()), false, "Provider \"" + p.id() + "\" uses " + url
                + " with no path: OpenClaw requests " + stripSlashes(url) + endpoint + ", but most OpenAI-compatible "
                + "servers answer under /v1 (a 404 or an HTML page otherwise). If the server's documentation says "
                + stripSlashes(url) + "/v1, write that.", null);
    }

    private static String stripSlashes(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
