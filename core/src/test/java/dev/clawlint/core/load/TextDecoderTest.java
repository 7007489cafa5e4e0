package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** OpenClaw reads UTF-8, with or without a byte order mark; anything else is refused with a message that says what the file is. */
class TextDecoderTest {
    private static final String CONFIG = "{ \"models\": { \"mode\": \"merge\" } }";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkDecodes() {
        assertThat(TextDecoder.decode(CONFIG.getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoder.Decoded(CONFIG, null, 0));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(TextDecoder.decode(concat(bom, CONFIG.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(CONFIG);
    }

    @Test
    void utf16WithAByteOrderMarkIsNamed() {
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CONFIG.getBytes(StandardCharsets.UTF_16LE))).problem())
                .contains("UTF-16LE").contains("byte order mark").contains("re-save it as UTF-8");
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CONFIG.getBytes(StandardCharsets.UTF_16BE))).problem())
                .contains("UTF-16BE");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() {
        assertThat(TextDecoder.decode(CONFIG.getBytes(StandardCharsets.UTF_16LE)).problem())
                .contains("looks like UTF-16LE without a byte order mark");
        assertThat(TextDecoder.decode(CONFIG.getBytes(StandardCharsets.UTF_16BE)).problem())
                .contains("looks like UTF-16BE without a byte order mark");
    }

    @Test
    void invalidUtf8NamesTheByteAndWhereItIs() {
        TextDecoder.Decoded d = TextDecoder.decode("{ \"a\": \"caf".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.problem()).isNull();
        TextDecoder.Decoded bad = TextDecoder.decode("{\n \"a\": \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(bad.problem()).isEqualTo("invalid UTF-8 (byte 0xE9 at byte offset 12); OpenClaw reads UTF-8 only:"
                + " re-save the file as UTF-8");
        assertThat(bad.problemOffset()).isEqualTo(12);
    }

    @Test
    void aNulCharacterMeansABinaryOrDamagedFile() {
        TextDecoder.Decoded d = TextDecoder.decode("{ \"a\": 1 }\u0000\u0000".getBytes(StandardCharsets.UTF_8));
        assertThat(d.problem()).contains("NUL character").contains("OpenClaw reads UTF-8 text only");
        assertThat(d.problemOffset()).isEqualTo(10);
    }
}
