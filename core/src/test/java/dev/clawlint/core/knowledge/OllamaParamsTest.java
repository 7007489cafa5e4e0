package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OllamaParamsTest {
    @ParameterizedTest
    @ValueSource(strings = {"num_ctx", "temperature", "top_p", "top_k", "min_p", "num_predict", "num_batch",
        "num_thread", "use_mmap", "keep_alive", "think"})
    void forwardsTheKeysOfResearch33(String key) {
        assertThat(OllamaParams.isForwarded(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"numCtx", "keepAlive", "top-p", "streaming", "modelOptions"})
    void dropsEverythingElse(String key) {
        assertThat(OllamaParams.isForwarded(key)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"numCtx, num_ctx", "keepAlive, keep_alive", "top-p, top_p", "temprature, temperature",
        "NUM_PREDICT, num_predict", "numThreads, num_thread"})
    void suggestsTheForwardedKey(String typo, String meant) {
        assertThat(OllamaParams.suggest(typo)).contains(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"streaming", "extra_body", "x"})
    void suggestsNothingForUnrelatedKeys(String key) {
        assertThat(OllamaParams.suggest(key)).isEmpty();
    }
}
