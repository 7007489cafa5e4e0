package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A provider that defines {@code models} without an {@code apiKey}, on a release whose model registry then rejects the
 * whole generated models.json ("Provider X: \"apiKey\" is required when defining custom models"): every other
 * provider's {@code baseUrl} override and models are dropped with it. Read from each release's model registry:
 * 2026.2 to 2026.7 check the key (2026.4 exempts the registry's own built-in providers; {@code auth: "aws-sdk"}
 * and {@code "oauth"} need none), 2026.8 no longer does (docs/openclaw/releases.md#20268).
 */
@RuleInfo(
        id = "missing-key-drops-overrides",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A provider with models but no apiKey, which makes OpenClaw up to 2026.7 drop every provider's overrides")
public final class MissingKeyDropsOverridesRule implements Rule {
    /** The providers the model registry has built in (read from 2026.4's catalogue), whose keys auth profiles hold. */
    private static final Set<String> REGISTRY_BUILT_INS = Set.of("amazon-bedrock", "anthropic",
            "azure-openai-responses", "cerebras", "deepseek", "fireworks", "github-copilot", "google",
            "google-antigravity", "google-gemini-cli", "google-vertex", "groq", "huggingface", "kimi-coding", "minimax",
            "minimax-cn", "mistral", "openai", "openai-codex", "opencode", "opencode-go", "openrouter",
            "vercel-ai-gateway", "xai", "zai");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        TargetVersion release = target.target();
        if (release.atLeast(TargetVersion.MODELS_JSON_KEYLESS_PROVIDERS)) {
            return;
        }
        for (EffectiveProvider p : target.effective().providers().values()) {
            String modelsAt = JsonPointer.child(p.pointer(), "models");
            if (p.apiKey() != null || p.models().isEmpty() || target.document().node(modelsAt) == null
                    || keyless(target, p)
                    // OpenClaw fills a known provider's key from its environment variable or auth profile (and 2026.4's
                    // registry exempts its own built-ins): only a custom id is sure to go without one
                    || p.builtIn() || REGISTRY_BUILT_INS.contains(p.id())) {
                continue;
            }
            List<String> others = others(target, p);
            if (others.isEmpty()) {
                // nothing else to lose; its own failure is local-api-key's finding
                continue;
            }
            ctx.reportKey(modelsAt, "Provider \"" + p.id() + "\" defines models but has no apiKey: OpenClaw " + release
                    + " writes it into models.json without one, and the model registry then rejects the whole file "
                    + "(\"Provider " + p.id() + ": \\\"apiKey\\\" is required when defining custom models\"), so the "
                    + "baseUrl overrides and models of " + String.join(", ", others) + " are dropped too and their "
                    + "requests go to the wrong endpoint or fail (https://github.com/openclaw/openclaw/issues/21584), "
                    + "unless OpenClaw finds a key for \"" + p.id() + "\" in the environment or an auth profile. Set "
                    + "\"apiKey\" (a marker such as \"" + p.id().replaceAll("[^A-Za-z0-9-]", "-")
                    + "-local\" for a server that needs none, or \"${...}\").");
        }
    }

    /** Whether the provider's {@code auth} needs no key ({@code aws-sdk}, {@code oauth}). */
    private static boolean keyless(LintTarget target, EffectiveProvider p) {
        if (!(target.document().node(p.pointer()) instanceof ObjectNode written)) {
            return false;
        }
        String auth = written.string("auth");
        return "aws-sdk".equals(auth) || "oauth".equals(auth);
    }

    /** The other providers whose written overrides (baseUrl or models) go with the rejected file, by id. */
    private static List<String> others(LintTarget target, EffectiveProvider keyless) {
        List<String> ids = new ArrayList<>();
        for (EffectiveProvider o : target.effective().providers().values()) {
            if (o != keyless && (Valued.isWritten(o.baseUrl()) || !o.models().isEmpty())) {
                ids.add("\"" + o.id() + "\"");
            }
        }
        return ids;
    }
}
