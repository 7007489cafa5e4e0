package dev.clawlint.core.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a model's weights are stored, read from the tag in its id ({@code qwen3:32b-q4_K_M},
 * {@code Qwen2.5-32B-Instruct-AWQ}), with the average bits each weight costs in memory.
 * GGUF figures include the per-block scales (llama.cpp's published sizes).
 */
public enum Quantization {
    /** GGUF 4-bit, medium: about a quarter of FP16 (guide: "saves ~75%"). */
    Q4_K_M("q4_K_M", 4.85, "q4_k_m"),
    /** GGUF 4-bit, small. */
    Q4_K_S("q4_K_S", 4.6, "q4_k_s"),
    /** GGUF 4-bit, legacy. */
    Q4_0("q4_0", 4.55, "q4_0"),
    /** GGUF 5-bit, medium (guide: "saves ~65%"). */
    Q5_K_M("q5_K_M", 5.7, "q5_k_m"),
    /** GGUF 6-bit. */
    Q6_K("q6_K", 6.6, "q6_k"),
    /** GGUF 8-bit (guide: "saves ~50%"). */
    Q8_0("q8_0", 8.5, "q8_0"),
    /** GGUF 3-bit, medium. */
    Q3_K_M("q3_K_M", 3.9, "q3_k_m"),
    /** GGUF 2-bit. */
    Q2_K("q2_K", 3.0, "q2_k"),
    /** vLLM AWQ, 4-bit with group scales. */
    AWQ("awq", 4.25, "awq"),
    /** vLLM GPTQ, 4-bit with group scales. */
    GPTQ("gptq", 4.25, "gptq"),
    /** 8-bit floating point. */
    FP8("fp8", 8.0, "fp8"),
    /** Full half precision (also bf16). */
    FP16("fp16", 16.0, "fp16", "f16", "bf16");

    private final String tag;
    private final double bitsPerWeight;
    private final Pattern pattern;

    Quantization(String tag, double bitsPerWeight, String... spellings) {
        this.tag = tag;
        this.bitsPerWeight = bitsPerWeight;
        this.pattern = Pattern.compile("(?<![a-z0-9])(?:" + String.join("|", spellings) + ")(?![a-z0-9])");
    }

    /** The tag as Ollama writes it ({@code q4_K_M}). */
    public String tag() {
        return tag;
    }

    /** Average bits one weight costs in memory. */
    public double bitsPerWeight() {
        return bitsPerWeight;
    }

    /** Gigabytes the weights of a model with this many billion parameters take. */
    public double weightsGb(double billions) {
        return billions * bitsPerWeight / 8;
    }

    /** The quantization a model id names, if it names one. */
    public static Optional<Quantization> parse(String modelId) {
        String t = modelId.toLowerCase(Locale.ROOT);
        for (Quantization q : values()) {
            if (q.pattern.matcher(t).find()) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The next smaller quantizations worth suggesting, smallest saving first. */
    public static java.util.List<Quantization> ladder() {
        return java.util.List.of(FP16, Q8_0, Q6_K, Q5_K_M, Q4_K_M, Q3_K_M);
    }
}
