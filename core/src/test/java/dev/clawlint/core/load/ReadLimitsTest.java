package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files give one clear parse-error finding at the place a limit is crossed, never an exception. */
class ReadLimitsTest {
    @TempDir
    Path dir;

    private static LoadedConfig load(String text, ReadLimits limits) {
        return new ConfigLoader(limits).load(text.getBytes(StandardCharsets.UTF_8), Path.of("/cfg/openclaw.json"),
                "openclaw.json", Environment.unknown());
    }

    private static Diagnostic only(LoadedConfig loaded) {
        assertThat(loaded.document()).isNull();
        assertThat(LoadFindings.of(loaded)).hasSize(1);
        Diagnostic d = LoadFindings.of(loaded).get(0);
        assertThat(d.ruleId()).isEqualTo("parse-error");
        return d;
    }

    @Test
    void nestingAHundredThousandLevelsDeepIsAFindingNotAStackOverflow() throws Exception {
        int levels = 100_000;
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(levels / 2) + "{\"a\":".repeat(levels / 2) + "1" + "}".repeat(levels / 2)
                + "]".repeat(levels / 2));
        LoadedConfig loaded = new ConfigLoader().load(deep, "deep.json", Environment.unknown());
        Diagnostic d = only(loaded);
        assertThat(d.message()).contains("nested more than " + ReadLimits.DEFAULT.maxDepth() + " levels deep");
        assertThat(d.range().start()).hasToString("1:" + (ReadLimits.DEFAULT.maxDepth() + 1));
    }

    @Test
    void aStringLongerThanTheLimitIsAFinding() {
        Diagnostic d = only(load("{\"k\": \"" + "x".repeat(50) + "\"}", new ReadLimits(1 << 20, 10, 40, 100)));
        assertThat(d.message()).contains("a string longer than 40 characters");
    }

    @Test
    void tooManyMembersIsAFindingOnTheMemberThatCrossesTheLimit() {
        Diagnostic d = only(load("{\"a\": 1, \"b\": 2, \"c\": 3}", new ReadLimits(1 << 20, 10, 40, 2)));
        assertThat(d.message()).contains("more than 2 members");
        assertThat(d.range()).hasToString("1:18-1:21");
        Diagnostic array = only(load("[1, 2, 3]", new ReadLimits(1 << 20, 10, 40, 2)));
        assertThat(array.message()).contains("more than 2 elements");
        assertThat(array.range().start()).hasToString("1:8");
    }

    @Test
    void aFileLargerThanTheLimitIsAFindingWithoutReadingItAll() throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"pad\": \"" + "x".repeat(2000) + "\"}");
        LoadedConfig loaded = new ConfigLoader(new ReadLimits(1000, 10, 1 << 20, 100)).load(big, "big.json",
                Environment.unknown());
        Diagnostic d = only(loaded);
        assertThat(d.message()).contains("larger than the 1000-byte limit");
        assertThat(d.range()).hasToString("1:1-1:1");
        assertThat(List.of(d.file())).containsExactly("big.json");
    }
}
