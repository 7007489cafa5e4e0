package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the config as OpenClaw does (openclaw-config.md §2.1). */
class ConfigDiscoveryTest {
    @TempDir
    Path home;

    private Path touch(String relative) throws IOException {
        Path p = home.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "{}");
        return p;
    }

    private ConfigDiscovery.Result discover(Map<String, String> env) {
        return ConfigDiscovery.discover(env, home, home.resolve("cwd"));
    }

    @Test
    void theDefaultIsOpenclawJsonInDotOpenclawThenTheLegacyNames() throws IOException {
        assertThat(discover(Map.of()).found()).isEmpty();
        assertThat(discover(Map.of()).tried()).containsExactly(home.resolve(".openclaw/openclaw.json"),
                home.resolve(".openclaw/clawdbot.json"), home.resolve(".clawdbot/openclaw.json"),
                home.resolve(".clawdbot/clawdbot.json"));
        Path legacy = touch(".clawdbot/clawdbot.json");
        assertThat(discover(Map.of()).found()).contains(legacy);
        Path current = touch(".openclaw/openclaw.json");
        assertThat(discover(Map.of()).found()).contains(current);
    }

    @Test
    void anExplicitPathWinsAndTildeIsTheHome() throws IOException {
        touch(".openclaw/openclaw.json");
        Path explicit = touch("configs/gw.json5");
        assertThat(discover(Map.of("OPENCLAW_CONFIG_PATH", " ~/configs/gw.json5 ")).found()).contains(explicit);
        ConfigDiscovery.Result missing = discover(Map.of("OPENCLAW_CONFIG_PATH", "rel/none.json"));
        assertThat(missing.found()).isEmpty();
        assertThat(missing.tried()).containsExactly(home.resolve("cwd/rel/none.json"));
    }

    @Test
    void theStateDirIsTriedFirstThenTheDefaults() throws IOException {
        Path fallback = touch(".openclaw/openclaw.json");
        Map<String, String> env = Map.of("OPENCLAW_STATE_DIR", "~/state");
        assertThat(discover(env).tried()).startsWith(home.resolve("state/openclaw.json"), home.resolve("state/clawdbot.json"));
        assertThat(discover(env).found()).contains(fallback);
        Path legacyName = touch("state/clawdbot.json");
        assertThat(discover(env).found()).contains(legacyName);
    }

    @Test
    void aProfileHasItsOwnStateFolderAndOpenclawHomeMovesTheHome() throws IOException {
        Path profiled = touch(".openclaw-work/openclaw.json");
        assertThat(discover(Map.of("OPENCLAW_PROFILE", "work")).found()).contains(profiled);
        Path other = touch("elsewhere/.openclaw/openclaw.json");
        assertThat(discover(Map.of("OPENCLAW_HOME", home.resolve("elsewhere").toString())).found()).contains(other);
    }
}
