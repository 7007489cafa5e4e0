package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HardwareProfileTest {
    @Test
    void parsesGigabytes() {
        assertThat(HardwareProfile.ofVramGb("24").vramGb()).isEqualTo(24.0);
        assertThat(HardwareProfile.ofVramGb(" 12.5 ").knowsVram()).isTrue();
        assertThat(HardwareProfile.unknown().knowsVram()).isFalse();
    }

    @Test
    void rejectsNonsenseWithAMessage() {
        assertThatThrownBy(() -> HardwareProfile.ofVramGb("lots")).hasMessageContaining("not a number of gigabytes");
        assertThatThrownBy(() -> HardwareProfile.ofVramGb("-4")).hasMessageContaining("positive");
        assertThatThrownBy(() -> HardwareProfile.ofVramGb("NaN")).hasMessageContaining("positive");
    }
}
