package dev.clawlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import org.junit.jupiter.api.Test;

/** openclaw doctor's words about a legacy key, per release, from the extracted doctor-rules.json. */
class DoctorRulesTest {
    @Test
    void aMovedKeyIsToldWhereItWent() {
        DoctorRules.Rule rule = DoctorRules.of("/agents/defaults/memorySearch", TargetVersion.LATEST);
        assertThat(rule).isNotNull();
        assertThat(rule.message()).isEqualTo("agents.defaults.memorySearch moved to memory.search.");
        assertThat(rule.movedTo()).isEqualTo("memory.search");
    }

    @Test
    void aWildcardRuleMatchesAnyKeyThere() {
        DoctorRules.Rule rule = DoctorRules.of("/agents/entries/main/memorySearch", TargetVersion.LATEST);
        assertThat(rule).isNotNull();
        assertThat(rule.message()).startsWith("agents.entries.*.memorySearch moved to agents.entries.*.memory.search");
        assertThat(rule.movedTo()).isNull(); // wildcards on both sides: not a move clawlint states as a path
    }

    @Test
    void aRetiredKeyGetsTheDoctorsReason() {
        DoctorRules.Rule rule = DoctorRules.of("/gateway/tailscale/resetOnExit", TargetVersion.LATEST);
        assertThat(rule).isNotNull();
        assertThat(rule.message()).startsWith("gateway.tailscale.resetOnExit is retired because");
    }

    @Test
    void eachReleaseHasItsOwnDoctor() {
        // 2026.2's doctor still sent a top-level memorySearch to agents.defaults; 2026.9's sends it to memory.search
        DoctorRules.Rule old = DoctorRules.of("/memorySearch", TargetVersion.parse("2026.2"));
        DoctorRules.Rule now = DoctorRules.of("/memorySearch", TargetVersion.LATEST);
        assertThat(old).isNotNull();
        assertThat(now).isNotNull();
        assertThat(old.message()).contains("agents.defaults.memorySearch");
        assertThat(now.message()).contains("memory.search");
        assertThat(DoctorRules.of("/models/providers", TargetVersion.LATEST)).isNull();
    }

    @Test
    void someReleasesMigrateLegacyShapesOnLoad() {
        // 2026.3 says so rule by rule ("(auto-migrated on load)"), 2026.4 applies every migration when it reads a
        // config, 2026.5 leaves them to `openclaw doctor --fix` and rejects the file
        assertThat(DoctorRules.migratedOnLoad("gateway.bind", TargetVersion.parse("2026.3"))).isTrue();
        assertThat(DoctorRules.migratedOnLoad("messages.tts", TargetVersion.parse("2026.3"))).isTrue();
        assertThat(DoctorRules.migratedOnLoad("gateway.bind", TargetVersion.parse("2026.4"))).isTrue();
        assertThat(DoctorRules.migratedOnLoad("tools.web.search", TargetVersion.parse("2026.4"))).isTrue();
        assertThat(DoctorRules.migratedOnLoad("gateway.bind", TargetVersion.parse("2026.5"))).isFalse();
        assertThat(DoctorRules.migratedOnLoad("gateway.bind", TargetVersion.LATEST)).isFalse();
    }
}
