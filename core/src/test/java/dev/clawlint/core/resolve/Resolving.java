package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helper: resolves config text written inline. */
final class Resolving {
    private Resolving() {}

    static EffectiveConfig resolve(String json5) {
        return resolve(json5, TargetVersion.LATEST, Environment.unknown());
    }

    static EffectiveConfig resolve(String json5, TargetVersion target, Environment env) {
        LoadedConfig loaded = new ConfigLoader().load(json5.getBytes(StandardCharsets.UTF_8),
                Path.of("openclaw.json"), "openclaw.json", env);
        return ConfigResolver.resolve(loaded.requireDocument(), target, env);
    }
}
