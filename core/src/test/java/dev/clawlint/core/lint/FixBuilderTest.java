package dev.clawlint.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.edit.TextEdits;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.tree.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fix steps that may be skipped: a fix of independent repairs keeps the ones it can make. */
class FixBuilderTest {
    private static final String TEXT = "{\n  api: 'openai-completions',\n  baseUrl: \"${OLLAMA_URL}\",\n}\n";

    private static Document document() {
        return new ConfigLoader().load(TEXT.getBytes(StandardCharsets.UTF_8), Path.of("openclaw.json5"),
                "openclaw.json5", Environment.of(Map.of("OLLAMA_URL", "http://127.0.0.1:11434/v1"))).requireDocument();
    }

    @Test
    void aSkippedStepLeavesTheOthers() {
        Fix fix = new FixBuilder(document(), "native").replaceStringWherePossible("/api", "ollama")
                .replaceStringWherePossible("/baseUrl", "http://127.0.0.1:11434").build();
        assertThat(fix).isNotNull();
        assertThat(TextEdits.apply(TEXT, fix.edits())).isEqualTo("{\n  api: 'ollama',\n  baseUrl: \"${OLLAMA_URL}\",\n}\n");
    }

    @Test
    void noFixWhenEveryStepIsSkipped() {
        assertThat(new FixBuilder(document(), "native").replaceStringWherePossible("/baseUrl", "x")
                .replaceStringWherePossible("/missing", "y").build()).isNull();
    }

    @Test
    void aSkippedStepDoesNotForgiveAnImpossibleOne() {
        assertThat(new FixBuilder(document(), "native").replaceString("/baseUrl", "x")
                .replaceStringWherePossible("/api", "ollama").build()).isNull();
    }
}
