package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.MemoryEstimate;
import dev.clawlint.core.knowledge.ModelSize;
import dev.clawlint.core.knowledge.Quantization;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleOption;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A local model that does not fit the GPU memory of the machine serving it: weights at its quantization plus the
 * KV cache for its context. The memory comes from the settings file's entry for the provider's host, else
 * {@code --vram}, else the settings file's {@code vramGb}; silent when none says.
 */
@RuleInfo(
        id = "hardware-fit",
        severity = Severity.WARNING,
        category = Category.LOCAL_MODELS,
        summary = "A local model whose weights and context do not fit the given GPU memory")
public final class HardwareFitRule implements Rule {
    /** Ollama's context when nothing sets num_ctx (recent releases). */
    static final long OLLAMA_DEFAULT_CONTEXT = 4096;

    /** The GPU memory of the machine models run on when neither a host entry nor {@code --vram} says. */
    static final RuleOption<Double> VRAM_GB = RuleOption.number("vramGb", 0,
            "GPU memory in GB of the machine local models run on (0: not known; --vram on the command line wins)");
    /** GPU memory per inference host: a team's Ollama box and its vLLM server differ. */
    static final RuleOption<Map<String, Double>> HOSTS = RuleOption.hostNumbers("hosts",
            "GPU memory in GB per host of a provider's baseUrl, e.g. { \"gpu-box.lan\": 24 }; wins over vramGb and --vram");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(VRAM_GB, HOSTS);
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Double given = target.hardware().vramGb();
        double option = ctx.option(VRAM_GB);
        Double everywhere = given != null ? given : option > 0 ? Double.valueOf(option) : null;
        Map<String, Double> hosts = ctx.option(HOSTS);
        for (EffectiveProvider p : target.effective().providers().values()) {
            String host = Hosts.host(Valued.valueOrNull(p.baseUrl()));
            Double own = host == null ? null : hosts.get(host.toLowerCase(Locale.ROOT));
            Double vram = own != null ? own : everywhere;
            if (!p.local() || vram == null) {
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
