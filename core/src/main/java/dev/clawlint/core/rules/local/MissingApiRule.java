package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A provider without {@code api}. Up to OpenClaw 2026.3 a custom provider then has no adapter and
 * fails at run time; from 2026.4 it defaults to {@code openai-completions}, which is wrong for Ollama.
 */
@RuleInfo(
        id = "missing-api",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A provider without api where OpenClaw has no adapter for it or defaults to the wrong one",
        fixable = true)
public final class MissingApiRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        boolean defaults = target.target().atLeast(TargetVersion.DEFAULT_API_FOR_CUSTOM_PROVIDERS);
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (Valued.isWritten(p.api())) {
                continue;
            }
            String inferred = p.isOllamaServer() ? "ollama"
                    : p.backend().recommendedApi().isEmpty() ? "openai-completions" : p.backend().recommendedApi();
            // a provider made from the guide's brain.local is rewritten by legacy-brain's fix, not here
            @Nullable Fix fix = p.pointer().startsWith("/models/providers/")
                    ? ctx.fix("Add \"api\": \"" + inferred + "\"").insertMember(p.pointer(), "api", inferred).build()
                    : null;
            String current = Valued.valueOrNull(p.api());
            if (!defaults) {
                if (current == null) {
                    ctx.report(Severity.ERROR, p.pointer(), true, "Provider \"" + p.id() + "\" has no \"api\": OpenClaw "
                            + target.target() + " resolves its models with no adapter and fails at run time with "
                            + "\"No API provider registered for api: undefined\" (https://github.com/openclaw/openclaw/issues/28022). Add \"api\": \""
                            + inferred + "\".", fix);
                }
            } else if ("ollama".equals(inferred) && !"ollama".equals(current) && p.backend() != Backend.CLOUD) {
                ctx.reportKey(p.pointer(), "Provider \"" + p.id() + "\" is an Ollama server but has no \"api\": OpenClaw "
                        + "defaults to \"" + (current == null ? "openai-completions" : current) + "\", Ollama's OpenAI-compatible "
                        + "path, where tool calls silently fail. Add \"api\": \"ollama\" for the native /api/chat.", fix);
            }
        }
    }
}
