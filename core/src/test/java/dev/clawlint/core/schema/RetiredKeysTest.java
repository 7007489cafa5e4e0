package dev.clawlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import org.junit.jupiter.api.Test;

/** Retired keys come from the generated differences between releases, and apply from the release that retired them. */
class RetiredKeysTest {
    @Test
    void aKeyRetiredBy2026_8IsRetiredFor2026_8AndLaterOnly() {
        RetiredKeys.Retired retired = RetiredKeys.of("/agents/defaults/memorySearch", TargetVersion.parse("2026.9"));
        assertThat(retired).isNotNull();
        assertThat(retired.lastAccepted()).isEqualTo("2026.7.1");
        assertThat(retired.retiredIn()).isEqualTo("2026.8.2");
        assertThat(RetiredKeys.of("/agents/defaults/memorySearch", TargetVersion.parse("2026.7"))).isNull();
    }

    @Test
    void arrayItemsAndMapEntriesMatchAnyIndexOrKey() {
        RetiredKeys.Retired inList = RetiredKeys.of("/agents/list/3/memorySearch/store/path", TargetVersion.parse("2026.6"));
        assertThat(inList).isNotNull();
        assertThat(inList.retiredIn()).isEqualTo("2026.6.35");
        assertThat(RetiredKeys.of("/agents/list/x/memorySearch/store/path", TargetVersion.parse("2026.6"))).isNull();
    }

    @Test
    void aKeyNoReleaseAcceptedIsNotRetired() {
        assertThat(RetiredKeys.of("/gateway/prot", TargetVersion.LATEST)).isNull();
        // OpenClaw stamped meta.lastTouchedAt until 2026.7; 2026.8 rejects it (13 corpus configs)
        assertThat(RetiredKeys.of("/meta/lastTouchedAt", TargetVersion.LATEST)).isNotNull();
    }
}
