package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
