package dev.clawlint.core.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns a file's bytes into text the way OpenClaw needs them: UTF-8, with or without a byte order
 * mark. Anything else is refused with a message that says what the file looks like.
 */
public final class TextDecoder {
    private TextDecoder() {}

    /**
     * The outcome of decoding.
     *
     * @param text the decoded text (what could be decoded, when there is a problem)
     * @param problem why the bytes are not UTF-8 text, or null
     * @param problemOffset the character offset in {@code text} where the problem starts
     */
    public record Decoded(String text, @Nullable String problem, int problemOffset) {}

    /** Decodes the bytes of a config file. */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            String which = bytes[0] == (byte) 0xFF ? "UTF-16LE" : "UTF-16BE";
            return new Decoded("", "the file is " + which + " (it starts with a UTF-16 byte order mark); OpenClaw reads"
                    + " UTF-8 only and will fail to parse it: re-save it as UTF-8", 0);
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded("", "the file looks like " + utf16 + " without a byte order mark (every other byte is"
                    + " zero); OpenClaw reads UTF-8 only and will fail to parse it: re-save it as UTF-8", 0);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String prefix = out.toString();
            int bad = in.position();
            return new Decoded(prefix, String.format(
                    "invalid UTF-8 (byte 0x%02X at byte offset %d); OpenClaw reads UTF-8 only: re-save the file as UTF-8",
                    bytes[bad] & 0xFF, bad), prefix.length());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return new Decoded(text, "a NUL character (U+0000): this looks like a binary or damaged file, not UTF-8"
                    + " text; OpenClaw reads UTF-8 text only: restore or re-save the file as UTF-8", nul);
        }
        return new Decoded(text, null, 0);
    }

    private static @Nullable String utf16WithoutBom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int n = Math.min(b.length, 512) & ~1;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 8 && evenZeros * 10 < pairs) {
            return "UTF-16LE";
        }
        if (evenZeros * 10 >= pairs * 8 && oddZeros * 10 < pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
