package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Apis;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import java.util.Objects;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code api: "openai-responses"} written for a server people run themselves (LM Studio, llama.cpp,
 * MLX, vLLM, SGLang, told apart by id, port or URL): OpenClaw then speaks OpenAI's Responses API
 * ({@code /v1/responses}) to a server built around Chat Completions, and the agent gets a 404 or no
 * reply at all. The fix writes {@code openai-completions}, the adapter every one of them serves.
 */
@RuleInfo(
        id = "responses-api-local-backend",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "api openai-responses on a self-hosted server, which answers 404 or never replies",
        fixable = true)
public final class ResponsesApiLocalBackendRule implements Rule {
    static final String RESPONSES = "openai-responses";
    private static final Set<Backend> SELF_HOSTED = Set.of(Backend.LMSTUDIO, Backend.LLAMACPP, Backend.MLX,
            Backend.VLLM, Backend.SGLANG);

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            String server = server(p);
            if (server == null) {
                continue;
            }
            String providerApiAt = Valued.pointerOf(p.api());
            if (RESPONSES.equals(Valued.valueOrNull(p.api())) && providerApiAt != null) {
                report(ctx, p, server, providerApiAt, "Provider \"" + p.id() + "\"");
            }
            for (EffectiveModel m : p.models()) {
                String modelApiAt = Valued.pointerOf(m.api());
                if (RESPONSES.equals(Valued.valueOrNull(m.api())) && modelApiAt != null
                        && !Objects.equals(modelApiAt, providerApiAt)) {
                    report(ctx, p, server, modelApiAt, "Model \"" + m.ref() + "\"");
                }
            }
        }
    }

    private static void report(RuleContext ctx, EffectiveProvider p, String server, String apiAt, String who) {
        ctx.report(apiAt, who + " sends OpenAI Responses API requests (/v1/responses) to " + server
                + ", a self-hosted server built around Chat Completions: where its /v1/responses is missing or partial, "
                + "requests fail with 404 or the agent never replies (https://github.com/openclaw/openclaw/issues/6267). Use \"api\": \"" + Apis.CUSTOM_DEFAULT
                + "\" (/v1/chat/completions), which it serves.",
                ctx.fix("Use \"api\": \"" + Apis.CUSTOM_DEFAULT + "\"").replaceString(apiAt, Apis.CUSTOM_DEFAULT).build());
    }

    /**
     * The self-hosted server a provider talks to, for the message; null when it is none of those that
     * lack a working Responses API (Ollama has a rule of its own, a LiteLLM proxy forwards to hosted APIs).
     */
    static @Nullable String server(EffectiveProvider p) {
        if (p.isOllamaServer()) {
            return null;
        }
        if (SELF_HOSTED.contains(p.backend())) {
            return p.backend().displayName();
        }
        String url = Valued.valueOrNull(p.baseUrl());
        if (p.backend() == Backend.CUSTOM && Hosts.classify(url).isLocal() && Hosts.port(url) == Backend.LLAMACPP.defaultPort()) {
            return "llama.cpp or MLX (port " + Backend.LLAMACPP.defaultPort() + ")";
        }
        return null;
    }
}
