package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsEdits() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("same", "same")).isZero();
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(EditDistance.between("prot", "port")).isEqualTo(1);
    }

    @Test
    void closestIgnoresCaseAndSeparators() {
        assertThat(EditDistance.closest("KEEP-ALIVE", List.of("keep_alive", "num_ctx"))).contains("keep_alive");
    }

    @Test
    void farWordsHaveNoSuggestion() {
        assertThat(EditDistance.closest("banana", List.of("keep_alive", "num_ctx"))).isEmpty();
    }
}
