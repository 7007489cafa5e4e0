package dev.clawlint.core.knowledge;

/**
 * A rough memory estimate for running a model locally: weights at a quantization, plus the
 * KV cache for a context length, plus the runtime's own overhead. Good enough to tell "fits
 * comfortably" from "does not fit", which is all the guide's hardware table does.
 *
 * @param weightsGb the weights
 * @param kvCacheGb the KV cache for {@code contextTokens} tokens at FP16
 * @param overheadGb buffers and runtime
 * @param contextTokens the context the cache was sized for
 */
public record MemoryEstimate(double weightsGb, double kvCacheGb, double overheadGb, long contextTokens) {
    /** CUDA context, compute buffers and the like, as llama.cpp and vLLM report them for one GPU. */
    static final double OVERHEAD_GB = 0.8;

    /** The estimate for a model of this size at this quantization with this context. */
    public static MemoryEstimate of(ModelSize size, Quantization quantization, long contextTokens) {
        return new MemoryEstimate(quantization.weightsGb(size.totalBillions()), kvCacheGb(size, contextTokens),
                OVERHEAD_GB, contextTokens);
    }

    /**
     * The KV cache at FP16. Per token it costs 2 × layers × KV heads × head size × 2 bytes, which
     * for current grouped-query models grows about as 40 KiB × billions^0.55 (Llama 3 8B: 128 KiB,
     * Qwen3 32B: 256 KiB, Llama 3 70B: 320 KiB). A mixture of experts shares attention across its
     * experts, so it is sized between its active and total count.
     */
    static double kvCacheGb(ModelSize size, long contextTokens) {
        Double active = size.activeBillions();
        double billions = active == null ? size.totalBillions() : Math.sqrt(size.totalBillions() * active);
        double kibPerToken = 40 * Math.pow(billions, 0.55);
        return kibPerToken * 1024 * contextTokens / 1e9;
    }

    /** Everything together. */
    public double totalGb() {
        return weightsGb + kvCacheGb + overheadGb;
    }
}
