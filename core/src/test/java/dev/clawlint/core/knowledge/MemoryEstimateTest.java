package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
    private static ModelSize size(String id) {
        return ModelSize.parse(id).orElseThrow();
    }

    @Test
    void kvCacheMatchesKnownArchitectures() {
        // Llama 3 8B: 32 layers x 8 KV heads x 128 x 2 (K,V) x 2 bytes = 128 KiB per token
        assertThat(MemoryEstimate.kvCacheGb(size("8b"), 1000) * 1e9 / 1024 / 1000).isCloseTo(128, within(15.0));
        // Llama 3 70B: 80 layers -> 320 KiB per token
        assertThat(MemoryEstimate.kvCacheGb(size("70b"), 1000) * 1e9 / 1024 / 1000).isCloseTo(320, within(100.0));
    }

    @Test
    void guideHardwareTableHolds() {
        // guide: 7-8B needs ~6 GB VRAM, 30-34B ~24 GB, 70B 40+ GB (Q4_K_M, modest context)
        assertThat(MemoryEstimate.of(size("8b"), Quantization.Q4_K_M, 4096).totalGb()).isBetween(5.0, 7.0);
        assertThat(MemoryEstimate.of(size("32b"), Quantization.Q4_K_M, 4096).totalGb()).isBetween(19.0, 24.0);
        assertThat(MemoryEstimate.of(size("70b"), Quantization.Q4_K_M, 4096).totalGb()).isGreaterThan(40.0);
    }

    @Test
    void contextCostsMemory() {
        assertThat(MemoryEstimate.of(size("32b"), Quantization.Q4_K_M, 131072).totalGb())
                .isGreaterThan(MemoryEstimate.of(size("32b"), Quantization.Q4_K_M, 8192).totalGb() + 25);
    }
}
