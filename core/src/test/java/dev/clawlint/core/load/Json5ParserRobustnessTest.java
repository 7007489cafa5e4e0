package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Whatever the text, the reader returns a value or one positioned problem; it never throws. */
class Json5ParserRobustnessTest {
    private static final String SAMPLE = "// c\n{ 'a': [1, +2.5e3, 0x1F, .5, 5., -Infinity, NaN], \"b\\u0041\": 'x\\\ny',"
            + " $c_é𝒜: { d: null, e: true, f: false, }, /* b */ g: \"\\x41\\0\", }\n";

    private static ParsedFile parse(String text) {
        return Json5Parser.parse(new SourceFile("t.json5", null, text));
    }

    @Test
    void theSampleParses() {
        assertThat(parse(SAMPLE).problem()).isNull();
    }

    @Test
    void everyPrefixOfAValidFileIsAValueOrAPositionedProblem() {
        for (int end = 0; end < SAMPLE.length(); end++) {
            if (Character.isLowSurrogate(SAMPLE.charAt(end))) {
                continue; // do not split a surrogate pair
            }
            String prefix = SAMPLE.substring(0, end);
            ParsedFile parsed = parse(prefix);
            assertThat(parsed.root() != null || parsed.problem() != null).as("prefix %d", end).isTrue();
            if (parsed.problem() != null) {
                assertThat(parsed.problem().offset()).as("prefix %d", end).isBetween(0, prefix.length());
                assertThat(parsed.source().positionAt(parsed.problem().offset())).isNotNull();
            }
        }
    }

    @Test
    void everyCharacterDeletedStillGivesAValueOrAProblem() {
        for (int i = 0; i < SAMPLE.length(); i++) {
            if (Character.isSurrogate(SAMPLE.charAt(i))) {
                continue;
            }
            String damaged = SAMPLE.substring(0, i) + SAMPLE.substring(i + 1);
            ParsedFile parsed = parse(damaged);
            assertThat(parsed.root() != null || parsed.problem() != null).as("without char %d", i).isTrue();
        }
    }
}
