package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OllamaToolsTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "deepseek-r1:14b, deepseek-r1",
            "DeepSeek-R1, deepseek-r1",
            "library/gemma3:27b-it-qat, gemma3",
            "llama3:8b, llama3",
            "llama3.1:8b, -",
            "qwen3:32b, -",
            "gemma3-27b, -",
            "codegemma:7b, codegemma"})
    void familiesWithoutTools(String id, String family) {
        assertThat(OllamaTools.familyWithoutTools(id)).isEqualTo(family);
    }
}
