package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The dotenv format {@code --env-file} reads. */
class DotEnvTest {
    @Test
    void readsNamesValuesCommentsQuotesAndExport() throws Exception {
        String text = "\uFEFF# comment\n\nA=1\nexport B = two words \r\nC=\"quoted # not a comment\"\n"
                + "D='single'\nE=\"line\\nbreak\"\nF=value # trailing comment\nG=\n  # indented comment\n";
        assertThat(DotEnv.parse(text, "x.env")).containsExactly(Map.entry("A", "1"), Map.entry("B", "two words"),
                Map.entry("C", "quoted # not a comment"), Map.entry("D", "single"), Map.entry("E", "line\nbreak"),
                Map.entry("F", "value"), Map.entry("G", ""));
    }

    @Test
    void aLineThatIsNotAnAssignmentNamesFileAndLine() {
        assertThatThrownBy(() -> DotEnv.parse("A=1\n=2\n", "ci.env"))
                .isInstanceOf(ConfigReadException.class).hasMessage("ci.env:2: expected NAME=VALUE (a dotenv line), found something else");
        assertThatThrownBy(() -> DotEnv.parse("A=\"open\n", "ci.env"))
                .hasMessage("ci.env:1: the value's \" quote is never closed");
    }

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsReadOnlyUpToTheLimit() {
        // read without a bound, /dev/zero filled the heap (4 GB, then an OutOfMemoryError)
        assertThatThrownBy(() -> DotEnv.read(Path.of("/dev/zero")))
                .isInstanceOf(ConfigReadException.class)
                .hasMessage("/dev/zero: cannot read the env file: it is larger than the " + DotEnv.MAX_BYTES
                        + "-byte limit for an env file (a dotenv file is a few NAME=VALUE lines; is this the file you meant?)");
    }

    @Test
    void aFileJustUnderTheLimitIsRead() throws Exception {
        Path env = dir.resolve("big.env");
        String line = "A=" + "x".repeat(DotEnv.MAX_BYTES - 3) + "\n";
        Files.writeString(env, line);
        assertThat(DotEnv.read(env)).containsOnlyKeys("A");
    }

    @Test
    void unreadableFilesSayWhyInWordsWithoutExceptionNames() throws Exception {
        Path binary = dir.resolve("binary.env");
        Files.write(binary, new byte[] {'A', '=', 1, 0, 2});
        Path latin1 = dir.resolve("latin1.env");
        Files.write(latin1, new byte[] {'A', '=', (byte) 0xE9, '\n'});
        Path utf16 = dir.resolve("utf16.env");
        Files.write(utf16, new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, '=', 0, '1', 0});
        assertThatThrownBy(() -> DotEnv.read(dir.resolve("missing.env")))
                .hasMessage(dir.resolve("missing.env") + ": cannot read the env file: no such file");
        assertThatThrownBy(() -> DotEnv.read(dir))
                .hasMessage(dir + ": cannot read the env file: it is a directory, not an env file");
        assertThatThrownBy(() -> DotEnv.read(binary)).hasMessage(binary + ": cannot read the env file: a NUL character"
                + " (U+0000): this looks like a binary or damaged file, not UTF-8 text; an env file must be UTF-8 text");
        assertThatThrownBy(() -> DotEnv.read(latin1)).hasMessage(latin1 + ": cannot read the env file: invalid UTF-8"
                + " (byte 0xE9 at byte offset 2); an env file must be UTF-8 text");
        assertThatThrownBy(() -> DotEnv.read(utf16)).hasMessage(utf16 + ": cannot read the env file: the file is"
                + " UTF-16LE (it starts with a UTF-16 byte order mark); an env file must be UTF-8 text");
    }
}
