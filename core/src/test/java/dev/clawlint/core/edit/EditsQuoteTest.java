package dev.clawlint.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The string literals fixes write: every character survives being written as UTF-8 and read back. */
class EditsQuoteTest {
    @Test
    void aLoneSurrogateIsEscapedNotWrittenRaw() {
        // found by PipelineFuzzTest: a raw lone surrogate became '?' in the UTF-8 file, so a second fix differed
        assertThat(Edits.quote('"', "ollama/\ud800")).isEqualTo("\"ollama/\\ud800\"");
        assertThat(Edits.quote('"', "\udc00x")).isEqualTo("\"\\udc00x\"");
    }

    @Test
    void aWholeSurrogatePairAndControlCharactersKeepTheirUsualForm() {
        assertThat(Edits.quote('"', "qwen \ud83d\ude00")).isEqualTo("\"qwen \ud83d\ude00\"");
        assertThat(Edits.quote('\'', "it's\t\u0001")).isEqualTo("'it\\'s\\t\\u0001'");
    }
}
