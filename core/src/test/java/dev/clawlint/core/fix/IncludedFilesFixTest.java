package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clawlint fix rewrites only the file it is given: fixes in $include'd files are reported, never written. */
class IncludedFilesFixTest {
    private static final String PART = "{\n  \"heartbeat\": { \"model\": \"ollama/qwen3:8b\" },\n  \"agents\": { \"defaults\": { \"model\": { \"fallback\": \"a/b\" } } }\n}\n";

    @TempDir
    Path dir;

    private FixFileResult fix(Path main, Environment env) {
        FixRequest request = new FixRequest(List.of(main), FixRequest.of(List.of()).target(), env, RuleSettings.DEFAULTS,
                Set.of(), false);
        return new FixRun(BuiltInRules.all(), FixTesting.SCHEMA, new AtomicWrite()).run(request).get(0);
    }

    @Test
    void aFixInAnIncludedFileInsideTheFolderIsReportedAndNotApplied() throws IOException {
        Path part = Files.writeString(dir.resolve("part.json5"), PART, StandardCharsets.UTF_8);
        Path main = Files.writeString(dir.resolve("openclaw.json5"), "{\n  \"$include\": \"./part.json5\"\n}\n");
        FixFileResult r = fix(main, Environment.unknown());
        assertThat(r.error()).isNull();
        assertThat(r.outcome().skipped()).isNotEmpty().allMatch(s -> s.startsWith(Fixer.INCLUDED) && s.contains("part.json5"));
        assertThat(Files.readString(part)).isEqualTo(PART);
        assertThat(Files.readString(main)).isEqualTo("{\n  \"$include\": \"./part.json5\"\n}\n");
    }

    @Test
    void aFixInAnIncludedFileOutsideTheFolderFailsTheRunAndWritesNothingThere() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path part = Files.writeString(shared.resolve("part.json5"), PART, StandardCharsets.UTF_8);
        Path configDir = Files.createDirectories(dir.resolve("config"));
        Path main = Files.writeString(configDir.resolve("openclaw.json5"), "{\n  \"$include\": \"" + part + "\"\n}\n");
        FixFileResult r = fix(main, Environment.of(Map.of("OPENCLAW_INCLUDE_ROOTS", shared.toString())));
        assertThat(r.outcome().remaining()).noneMatch(d -> d.ruleId().equals("include-error"));
        assertThat(r.error()).contains(Fixer.OUTSIDE, "part.json5", "never writes there");
        assertThat(Files.readString(part)).isEqualTo(PART);
    }
}
