package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantizationTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "qwen3:32b-q4_K_M, Q4_K_M",
        "llama3.3:70b-instruct-q5_K_M, Q5_K_M",
        "qwen3:14b-q8_0, Q8_0",
        "llama3.1:8b-instruct-fp16, FP16",
        "Qwen/Qwen2.5-32B-Instruct-AWQ, AWQ",
        "TheBloke/Llama-2-13B-GPTQ, GPTQ",
        "neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8, FP8",
        "model-bf16, FP16",
    })
    void readsTheTag(String id, Quantization expected) {
        assertThat(Quantization.parse(id)).contains(expected);
    }

    @Test
    void plainIdsNameNoQuantization() {
        assertThat(Quantization.parse("qwen3:32b")).isEmpty();
        assertThat(Quantization.parse("awqward-model")).isEmpty();
    }

    @Test
    void savingsMatchTheGuide() {
        // guide: Q4_K_M saves ~75% of FP16 memory, Q5_K_M ~65%, Q8_0 ~50%
        assertThat(1 - Quantization.Q4_K_M.bitsPerWeight() / 16).isCloseTo(0.70, within(0.06));
        assertThat(1 - Quantization.Q5_K_M.bitsPerWeight() / 16).isCloseTo(0.65, within(0.05));
        assertThat(1 - Quantization.Q8_0.bitsPerWeight() / 16).isCloseTo(0.50, within(0.05));
    }

    @Test
    void weightsScaleWithParameters() {
        assertThat(Quantization.FP16.weightsGb(8)).isEqualTo(16.0);
        assertThat(Quantization.Q4_K_M.weightsGb(32)).isCloseTo(19.4, within(0.1));
    }
}
