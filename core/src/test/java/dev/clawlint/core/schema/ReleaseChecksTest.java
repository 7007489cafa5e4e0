package dev.clawlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated checks beyond the schema (tools/releases/checks.mjs) have the shape the rules read, for every supported
 * release, and say what the recorded verdicts and oc-validate probes showed of each release.
 */
class ReleaseChecksTest {
    private static final TargetVersion V2026_2 = new TargetVersion(2026, 2);
    private static final TargetVersion V2026_5 = new TargetVersion(2026, 5);
    private static final TargetVersion V2026_8 = new TargetVersion(2026, 8);

    @Test
    void everySupportedReleaseHasItsChecks() {
        for (TargetVersion line : TargetVersion.SUPPORTED) {
            ReleaseChecks checks = ReleaseChecks.of(line);
            assertThat(checks.release()).isEqualTo(line.release());
            ReleaseChecks.WebSearchProviders providers = checks.webSearchProviders();
            if (providers != null) {
                assertThat(providers.installCatalog()).as(line.release()).isNotEmpty();
                providers.installCatalog().forEach((provider, plugin) -> assertThat(plugin).as(provider).isNotBlank());
                providers.bundled().forEach((provider, plugin) -> assertThat(plugin).as(provider).isNotBlank());
            }
            checks.mcpServerLegacyKeys().forEach((key, r) -> assertThat(r.key()).as(key).isNotBlank().isNotEqualTo(key));
        }
    }

    @Test
    void theCutOversAreTheOnesTheVerdictsShow() {
        for (TargetVersion line : TargetVersion.SUPPORTED) {
            ReleaseChecks checks = ReleaseChecks.of(line);
            String v = line.release();
            // 2026.5.28 to 2026.9.6 reject a tools.web.search.<provider> block and check tools.web.search.provider
            assertThat(checks.webSearchLegacy() != null).as(v).isEqualTo(line.atLeast(V2026_5));
            assertThat(checks.webSearchProviders() != null).as(v).isEqualTo(line.atLeast(V2026_5));
            // a bare tools.web.search.apiKey: 2026.7.1 accepts it, 2026.8.2 and 2026.9.6 reject it
            ReleaseChecks.WebSearchLegacy legacy = checks.webSearchLegacy();
            if (legacy != null) {
                assertThat(legacy.providerKeys()).as(v).contains("brave", "kimi", "gemini");
                assertThat(legacy.anyValueKeys().contains("apiKey")).as(v).isEqualTo(line.atLeast(V2026_8));
            }
            // mcp.servers.<id>.timeout / connectTimeout and the keyed roster checks: 2026.8.2 and 2026.9.6
            assertThat(checks.mcpServerLegacyKeys().containsKey("timeout")).as(v).isEqualTo(line.atLeast(V2026_8));
            assertThat(checks.agentRoster() != null).as(v).isEqualTo(line.atLeast(V2026_8));
            // 2026.2's LEGACY_CONFIG_RULES, routing.queue among them
            assertThat(checks.legacyConfigRules().stream().anyMatch(r -> r.path().equals(List.of("routing", "queue"))))
                    .as(v).isEqualTo(line.equals(V2026_2));
        }
        // 2026.3 runs a custom provider keyless on loopback names, 2026.4 also on the LAN, 2026.5 also on Docker's host
        // name, 2026.8 on all of 127/8; 2026.2 on none (read from each release's isLocalBaseUrl)
        assertThat(ReleaseChecks.of(V2026_2).localKeyless()).isNull();
        ReleaseChecks.LocalKeyless v3 = keyless(new TargetVersion(2026, 3));
        assertThat(v3.covers("127.0.0.1")).isTrue();
        assertThat(v3.covers("192.168.1.40")).isFalse();
        ReleaseChecks.LocalKeyless v4 = keyless(new TargetVersion(2026, 4));
        assertThat(v4.covers("192.168.1.40")).isTrue();
        assertThat(v4.covers("gpu.local")).isTrue();
        assertThat(v4.covers("host.docker.internal")).isFalse();
        assertThat(keyless(V2026_5).covers("host.docker.internal")).isTrue();
        assertThat(keyless(V2026_5).covers("127.0.0.2")).isFalse();
        ReleaseChecks.LocalKeyless latest = keyless(TargetVersion.LATEST);
        assertThat(latest.covers("127.0.0.2")).isTrue();
        assertThat(latest.covers("100.64.0.7")).as("a Tailscale address is not RFC 1918").isFalse();
        assertThat(latest.covers("gpu-box")).as("a bare host name").isFalse();
        assertThat(latest.covers("llm.example.com")).isFalse();
        ReleaseChecks.Replacement timeout = ReleaseChecks.of(TargetVersion.LATEST).mcpServerLegacyKeys().get("timeout");
        assertThat(timeout).isEqualTo(new ReleaseChecks.Replacement("requestTimeoutMs", true));
    }

    private static ReleaseChecks.LocalKeyless keyless(TargetVersion line) {
        ReleaseChecks.LocalKeyless keyless = ReleaseChecks.of(line).localKeyless();
        assertThat(keyless).as(line.release()).isNotNull();
        return java.util.Objects.requireNonNull(keyless);
    }
}
