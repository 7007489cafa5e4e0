package dev.clawlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigFilesTest {
    @Test
    void eachDoubleStarSegmentMayAlsoMatchNoDirectory() {
        assertThat(ConfigFiles.zeroDirectoryVariants("openclaw.json")).containsExactly("openclaw.json");
        assertThat(ConfigFiles.zeroDirectoryVariants("**/openclaw.json")).containsExactly("**/openclaw.json", "openclaw.json");
        assertThat(ConfigFiles.zeroDirectoryVariants("a/**/b/**/c.json")).containsExactlyInAnyOrder(
                "a/**/b/**/c.json", "a/b/**/c.json", "a/**/b/c.json", "a/b/c.json");
    }
}
