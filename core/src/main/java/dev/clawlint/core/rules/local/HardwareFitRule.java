package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.MemoryEstimate;
import dev.clawlint.core.knowledge.ModelSize;
import dev.clawlint.core.knowledge.Quantization;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import java.util.Locale;
import java.util.Optional;

/**
 * A local model that does not fit the GPU memory of the hardware profile: weights at its
 * quantization plus the KV cache for its context. Silent without a profile.
 */
@RuleInfo(
        id = "hardware-fit",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A local model whose weights and context do not fit the given GPU memory")
public final class HardwareFitRule implements Rule {
    /** Ollama's context when nothing sets num_ctx (recent releases). */
    static final long OLLAMA_DEFAULT_CONTEXT = 4096;

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        HardwareProfile hw = target.hardware();
        Double vram = hw.vramGb();
        if (vram == null) {
            return;
        }
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (!p.local()) {
                continue;
            }
            for (EffectiveModel m : p.models()) {
                Optional<ModelSize> size = m.size();
                if (size.isEmpty()) {
                    continue;
                }
                Optional<Quantization> tagged = Quantization.parse(m.id());
                Quantization q = tagged.orElse(defaultQuantization(p));
                long context = context(p, m);
                MemoryEstimate need = MemoryEstimate.of(size.get(), q, context);
                if (need.totalGb() <= vram) {
                    continue;
                }
                String smaller = null;
                for (Quantization candidate : Quantization.ladder()) {
                    if (candidate.bitsPerWeight() < q.bitsPerWeight()
                            && MemoryEstimate.of(size.get(), candidate, context).totalGb() <= vram) {
                        smaller = candidate.tag() + " (about " + gb(MemoryEstimate.of(size.get(), candidate, context).totalGb()) + ")";
                        break;
                    }
                }
                String advice = smaller != null ? "A " + smaller + " quantization would fit."
                        : "Even the smallest common quantization does not fit: use a smaller model or a shorter context.";
                ctx.reportModel(m, "\"" + m.ref() + "\" needs about " + gb(need.totalGb()) + " of GPU memory (" + size.get().describe()
                        + " at " + q.tag() + (tagged.isPresent() ? "" : ", assumed") + ": " + gb(need.weightsGb()) + " weights + "
                        + gb(need.kvCacheGb()) + " KV cache for " + context + " tokens), more than the " + gb(vram)
                        + " available: the server spills to CPU and runs many times slower, or fails to load. " + advice, null);
            }
        }
    }

    /** What a server loads when the id names no quantization: Ollama and LM Studio pull Q4_K_M, the rest serve FP16. */
    private static Quantization defaultQuantization(EffectiveProvider p) {
        Backend b = p.backend();
        return b == Backend.OLLAMA || b == Backend.LMSTUDIO || p.isOllamaServer() ? Quantization.Q4_K_M : Quantization.FP16;
    }

    /** The context the server allocates: num_ctx, else the budget the config states, else Ollama's default. */
    private static long context(EffectiveProvider p, EffectiveModel m) {
        Double numCtx = m.numberParam("num_ctx");
        if (numCtx != null && numCtx > 0) {
            return (long) numCtx.doubleValue();
        }
        Valued<Double> tokens = m.contextTokens();
        if (tokens != null) {
            return (long) tokens.value().doubleValue();
        }
        Valued<Double> window = m.contextWindow();
        if (window != null && Valued.isWritten(window) && !m.usesNativeOllama()) {
            return (long) window.value().doubleValue();
        }
        return OLLAMA_DEFAULT_CONTEXT;
    }

    private static String gb(double value) {
        return String.format(Locale.ROOT, "%.1f GB", value);
    }
}
