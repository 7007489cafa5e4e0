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

/**
 * clawlint fix rewrites the file it is given and the {@code $include}d files inside its folder, all of them or none;
 * an included file outside the folder is never written.
 */
class IncludedFilesFixTest {
    private static final String PART = "{\n  // the small one\n  \"heartbeat\": { \"model\": \"ollama/qwen3:8b\" },\n"
            + "  \"agents\": { \"defaults\": { \"model\": { \"fallback\": \"a/b\" } } }\n}\n";
    private static final String MAIN = "{\n  \"$include\": \"./part.json5\",\n  \"gateway\": { \"mode\": \"local\" },\n"
            + "  \"gateway\": { \"mode\": \"local\" }\n}\n";

    @TempDir
    Path dir;

    private FixFileResult fix(Path main, Environment env) {
        return fix(main, env, false, new AtomicWrite());
    }

    private FixFileResult fix(Path main, Environment env, boolean dryRun, AtomicWrite writer) {
        FixRequest request = new FixRequest(List.of(main), FixRequest.of(List.of()).target(), env, RuleSettings.DEFAULTS,
                Set.of(), dryRun);
        return new FixRun(BuiltInRules.all(), FixTesting.SCHEMA, writer).run(request).get(0);
    }

    @Test
    void fixesInAnIncludedFileInsideTheFolderAreWrittenThereWithTheMainFile() throws IOException {
        Path part = Files.writeString(dir.resolve("part.json5"), PART, StandardCharsets.UTF_8);
        Path main = Files.writeString(dir.resolve("openclaw.json5"), MAIN);
        FixFileResult r = fix(main, Environment.unknown());
        assertThat(r.error()).isNull();
        assertThat(r.written()).isTrue();
        assertThat(r.outcome().skipped()).isEmpty();
        assertThat(r.outcome().applied()).extracting(AppliedFix::ruleId).contains("legacy-heartbeat", "fallback-singular",
                "duplicate-key");
        String fixedPart = Files.readString(part);
        assertThat(fixedPart).isEqualTo("{\n  // the small one\n  \"agents\": { \"defaults\": { \"model\": { \"fallbacks\": [\"a/b\"] },"
                + " \"heartbeat\": { \"model\": \"ollama/qwen3:8b\" } } }\n}\n");
        assertThat(Files.readString(main)).isEqualTo("{\n  \"$include\": \"./part.json5\",\n  \"gateway\": { \"mode\": \"local\" }\n}\n");
        assertThat(r.outcome().alsoChanged(false)).isEqualTo("; also changed " + part);
        // a second run finds nothing left to fix in either file
        FixFileResult again = fix(main, Environment.unknown());
        assertThat(again.outcome().applied()).isEmpty();
        assertThat(Files.readString(part)).isEqualTo(fixedPart);
    }

    @Test
    void aDryRunShowsTheDiffOfEveryFileAndWritesNone() throws IOException {
        Path part = Files.writeString(dir.resolve("part.json5"), PART, StandardCharsets.UTF_8);
        Path main = Files.writeString(dir.resolve("openclaw.json5"), MAIN);
        FixFileResult r = fix(main, Environment.unknown(), true, new AtomicWrite());
        assertThat(r.written()).isFalse();
        assertThat(r.diff()).contains("+++ " + main).contains("+++ ").contains("part.json5").contains("-  \"heartbeat\"");
        assertThat(Files.readString(part)).isEqualTo(PART);
        assertThat(Files.readString(main)).isEqualTo(MAIN);
    }

    @Test
    void whenOneFileCannotBeWrittenNoneIs() throws IOException {
        Path part = Files.writeString(dir.resolve("part.json5"), PART, StandardCharsets.UTF_8);
        Path main = Files.writeString(dir.resolve("openclaw.json5"), MAIN);
        AtomicWrite failsOnThePart = new AtomicWrite((path, bytes) -> {
            if (path.getFileName().toString().startsWith(".part.json5")) {
                throw new IOException("No space left on device");
            }
            AtomicWrite.DEFAULT.write(path, bytes);
        });
        FixFileResult r = fix(main, Environment.unknown(), false, failsOnThePart);
        assertThat(r.written()).isFalse();
        assertThat(r.error()).contains("part.json5: cannot write: No space left on device; none of the 2 files was changed");
        assertThat(Files.readString(part)).isEqualTo(PART);
        assertThat(Files.readString(main)).isEqualTo(MAIN);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .containsExactlyInAnyOrder("part.json5", "openclaw.json5");
        }
    }

    @Test
    void aFileChangedOnDiskMeanwhileStopsEveryWrite() throws IOException {
        Path part = Files.writeString(dir.resolve("part.json5"), PART, StandardCharsets.UTF_8);
        Path main = Files.writeString(dir.resolve("openclaw.json5"), MAIN);
        AtomicWrite editedMeanwhile = new AtomicWrite(AtomicWrite.DEFAULT);
        FixRequest request = new FixRequest(List.of(main), FixRequest.of(List.of()).target(), Environment.unknown(),
                RuleSettings.DEFAULTS, Set.of(), true);
        FixOutcome outcome = new FixRun(BuiltInRules.all(), FixTesting.SCHEMA, editedMeanwhile).run(request).get(0).outcome();
        Files.writeString(part, PART + "\n"); // someone saves the part between the read and the write
        IncludedChange change = outcome.included().get(0);
        byte[] mainBytes = MAIN.getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editedMeanwhile.replaceAll(List.of(
                new AtomicWrite.Replacement(main, mainBytes, outcome.fixed().getBytes(StandardCharsets.UTF_8)),
                new AtomicWrite.Replacement(change.path(), change.bytes(), change.fixed().getBytes(StandardCharsets.UTF_8)))))
                .hasMessageContaining("part.json5: changed since clawlint read it").hasMessageEndingWith("none of the 2 files was changed");
        assertThat(Files.readString(main)).isEqualTo(MAIN);
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
