package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportersTest {
    @Test
    void everyListedNameGivesTheReporterOfThatName() {
        for (String name : Reporters.NAMES) {
            assertThat(Reporters.byName(name).name()).isEqualTo(name);
        }
        assertThat(Reporters.byName(" SARIF ")).isInstanceOf(SarifReporter.class);
    }

    @Test
    void theTextReporterCanLeaveOutTheSourceExcerpt() {
        String with = Reporters.byName("text", true).render(ReportSamples.result());
        String without = Reporters.byName("text", false).render(ReportSamples.result());
        assertThat(with).contains("    2 |   modles: {},");
        assertThat(without).doesNotContain(" | ");
    }

    @Test
    void anUnknownNameIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> Reporters.byName("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml' (expected one of text, json, sarif, github, junit, checkstyle)");
    }

    @Test
    void fileExtensionsFollowTheFormat() {
        assertThat(Reporters.fileExtension("json")).isEqualTo("json");
        assertThat(Reporters.fileExtension("sarif")).isEqualTo("sarif");
        assertThat(Reporters.fileExtension("text")).isEqualTo("txt");
        assertThat(Reporters.fileExtension("github")).isEqualTo("txt");
        assertThat(Reporters.fileExtension("junit")).isEqualTo("junit.xml");
        assertThat(Reporters.fileExtension("checkstyle")).isEqualTo("checkstyle.xml");
    }
}
