package dev.clawlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceFileTest {
    @Test
    void columnsCountCodePointsAsCodePointCountDoes() {
        // the column is computed from the surrogate pairs' offsets, not by counting along the line
        String[] pieces = {"a", "\n", "\r\n", "\r", "\uD83D\uDE00", "\uD800", "\uDC00", "é", "\t"};
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            SourceFile file = new SourceFile("t", null, text);
            for (int offset = 0; offset <= text.length(); offset++) {
                Position p = file.positionAt(offset);
                int start = file.lineStartOffset(p.line());
                assertThat(p.column()).as("%s at %d", text, offset).isEqualTo(text.codePointCount(start, offset) + 1);
            }
        }
    }
}
