package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.OllamaTools;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Node;

/**
 * An agent's primary or fallback that is a configured Ollama model from a family Ollama serves without tool support
 * (deepseek-r1, gemma2/gemma3, codegemma, ...), while tools are not switched off for it: OpenClaw sends the agent's
 * tools with every request, and Ollama answers 400 "... does not support tools".
 */
@RuleInfo(
        id = "model-without-tools",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "An agent's Ollama primary or fallback from a family served without tool support, where every request fails")
public final class ModelWithoutToolsRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (ModelRef ref : target.effective().references()) {
            if (ref.use() != ModelUse.PRIMARY && ref.use() != ModelUse.FALLBACK) {
                continue;
            }
            EffectiveProvider provider = ref.provider();
            EffectiveModel model = ref.model();
            if (provider == null || model == null || !provider.runsOnOllama(model) || toolsOff(model)) {
                continue;
            }
            String family = OllamaTools.familyWithoutTools(model.id());
            if (family == null) {
                continue;
            }
            String role = ref.use() == ModelUse.PRIMARY ? "primary" : "fallback";
            ctx.report(ref.pointer(), "\"" + ref.written() + "\" is the agent's " + role + " model, and Ollama serves "
                    + family + " without tool support: OpenClaw sends the agent's tools with every request, so Ollama "
                    + "answers 400 \"" + model.id() + " does not support tools\" and the agent never replies "
                    + "(https://github.com/openclaw/openclaw/issues/12292). Use a model with tools (`ollama show "
                    + model.id() + "` lists its capabilities: qwen3, llama3.1, mistral-small3.2 have them), or set "
                    + "\"compat\": { \"supportsTools\": false } on the model for a chat-only agent.");
        }
    }

    /** Whether the model row switches tools off ({@code compat.supportsTools: false}). */
    private static boolean toolsOff(EffectiveModel model) {
        Valued<Node> flag = model.compat().get("supportsTools");
        Node value = flag == null ? null : flag.value();
        return value instanceof BooleanNode b && !b.value();
    }
}
