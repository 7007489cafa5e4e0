package dev.clawlint.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code **}{@code /} may also match no directory, as users expect from a glob. */
class GlobsTest {
    @Test
    void eachDoubleStarSegmentMayAlsoMatchNoDirectory() {
        assertThat(Globs.zeroDirectoryVariants("openclaw.json")).containsExactly("openclaw.json");
        assertThat(Globs.zeroDirectoryVariants("**/openclaw.json")).containsExactly("**/openclaw.json", "openclaw.json");
        assertThat(Globs.zeroDirectoryVariants("a/**/b/**/c.json")).containsExactlyInAnyOrder(
                "a/**/b/**/c.json", "a/b/**/c.json", "a/**/b/c.json", "a/b/c.json");
    }
}
