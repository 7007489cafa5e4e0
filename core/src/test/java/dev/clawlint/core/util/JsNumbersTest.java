package dev.clawlint.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JsNumbers} against what {@code node -e 'console.log(String(x))'} prints. */
class JsNumbersTest {
    static Stream<Arguments> nodeOutputs() {
        return Stream.of(
                Arguments.of(0d, "0"), Arguments.of(-0d, "0"), Arguments.of(1d, "1"), Arguments.of(-1d, "-1"),
                Arguments.of(0.5, "0.5"), Arguments.of(0.1, "0.1"), Arguments.of(0.1 + 0.2, "0.30000000000000004"),
                Arguments.of(32768d, "32768"), Arguments.of(100d, "100"), Arguments.of(12.5, "12.5"),
                Arguments.of(4.35, "4.35"), Arguments.of(1.0 / 3, "0.3333333333333333"),
                Arguments.of(1e15, "1000000000000000"), Arguments.of(1e20, "100000000000000000000"),
                Arguments.of(1e21, "1e+21"), Arguments.of(1.5e21, "1.5e+21"), Arguments.of(2e23, "2e+23"),
                Arguments.of(123456789012345680000d, "123456789012345680000"),
                Arguments.of(Math.pow(2, 53), "9007199254740992"), Arguments.of(Math.pow(2, 60), "1152921504606847000"),
                Arguments.of(1e-6, "0.000001"), Arguments.of(0.000001234, "0.000001234"),
                Arguments.of(1e-7, "1e-7"), Arguments.of(1.5e-7, "1.5e-7"), Arguments.of(-2.5e-10, "-2.5e-10"),
                Arguments.of(Double.MIN_VALUE, "5e-324"), Arguments.of(Double.MAX_VALUE, "1.7976931348623157e+308"),
                Arguments.of(Double.NaN, "NaN"), Arguments.of(Double.POSITIVE_INFINITY, "Infinity"),
                Arguments.of(Double.NEGATIVE_INFINITY, "-Infinity"));
    }

    @ParameterizedTest
    @MethodSource("nodeOutputs")
    void printsAsJavaScriptDoes(double value, String javascript) {
        assertThat(JsNumbers.toString(value)).isEqualTo(javascript);
    }

    @ParameterizedTest
    @MethodSource("nodeOutputs")
    void safeIntegersAreWholeNumbersUpTo2To53(double value, String javascript) {
        boolean expected = Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < Math.pow(2, 53);
        assertThat(JsNumbers.isSafeInteger(value)).isEqualTo(expected);
    }
}
