package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelSizeTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "qwen3:32b | 32B",
        "llama3.3:70b | 70B",
        "Qwen2.5-7B-Instruct | 7B",
        "mistral-small3.2:24b | 24B",
        "deepseek-r1:32b | 32B",
        "qwen3:30b-a3b | 30B (3B active)",
        "qwen2.5-coder:1.5b | 1.5B",
        "mixtral:8x7b | 56B (14B active)",
        "ollama/qwen3:8b-q4_K_M | 8B",
        "mlx-community/Qwen3-14B-4bit | 14B",
        "Llama 3.3 70B | 70B",
        "smollm:360m | 0.36B",
        "gpt-oss:120b | 120B",
    })
    void readsTheSizeFromIdsAndNames(String id, String expected) {
        assertThat(ModelSize.parse(id)).map(ModelSize::describe).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama3.3", "gpt-4o", "claude-sonnet-4", "qwen3", "phi4-mini", "mistral-small3.2", "gemma3n:e4b"})
    void saysNothingWhenTheIdHasNoSize(String id) {
        assertThat(ModelSize.parse(id)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"qwen3:30b-a3b, true", "qwen3:32b, false"})
    void knowsMixturesOfExperts(String id, boolean moe) {
        assertThat(ModelSize.parse(id).orElseThrow().isMixtureOfExperts()).isEqualTo(moe);
    }
}
