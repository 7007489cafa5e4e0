package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.Secrets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The line diff: shortest scripts, correct hunk headers, minimal context. */
class LineDiffTest {
    @Test
    void aUnifiedDiffWithTwoLinesOfContext() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        String b = "1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\neleven\n";
        assertThat(LineDiff.unified("a/x", "b/x", a, b, 2, UnaryOperator.identity())).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -2,5 +2,5 @@
                 2
                 3
                -4
                +four
                 5
                 6
                @@ -9,2 +9,3 @@
                 9
                 10
                +eleven
                """);
        assertThat(LineDiff.unified("a", "b", a, a, 2, UnaryOperator.identity())).isEmpty();
    }

    @Test
    void insertionAtTheStartHasAZeroLengthOldRange() {
        assertThat(LineDiff.unified("a", "b", "", "x\n", 2, UnaryOperator.identity())).isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
    }

    @Test
    void scriptsAreShortestAndRebuildBothSides() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomLines(random);
            List<String> b = randomLines(random);
            List<LineDiff.Line> script = LineDiff.script(a, b);
            assertThat(script.stream().filter(l -> l.op() != '+').map(LineDiff.Line::text).toList()).isEqualTo(a);
            assertThat(script.stream().filter(l -> l.op() != '-').map(LineDiff.Line::text).toList()).isEqualTo(b);
            long kept = script.stream().filter(l -> l.op() == ' ').count();
            assertThat(kept).isEqualTo(lcs(a, b));
        }
    }

    @Test
    void longScriptsRebuildBothSidesAndKeepTheUniqueLines() {
        // beyond Myers' range: 10,000 removed lines (duplicate keys) among 20,000; Myers' trace alone took 1 GB
        List<String> a = new java.util.ArrayList<>();
        List<String> b = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            a.add("  \"a\": " + i + ",");
            if (i % 2 == 1) {
                b.add("  \"a\": " + i + ",");
            }
        }
        List<LineDiff.Line> script = LineDiff.script(a, b);
        assertThat(script.stream().filter(l -> l.op() != '+').map(LineDiff.Line::text).toList()).isEqualTo(a);
        assertThat(script.stream().filter(l -> l.op() != '-').map(LineDiff.Line::text).toList()).isEqualTo(b);
        assertThat(script.stream().filter(l -> l.op() == ' ').count()).isEqualTo(10_000);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<String> x = random.ints(3000, 0, 50).mapToObj(i -> "l" + i).toList();
            List<String> y = random.ints(2500, 0, 60).mapToObj(i -> "l" + i).toList();
            List<LineDiff.Line> s = LineDiff.script(x, y);
            assertThat(s.stream().filter(l -> l.op() != '+').map(LineDiff.Line::text).toList()).isEqualTo(x);
            assertThat(s.stream().filter(l -> l.op() != '-').map(LineDiff.Line::text).toList()).isEqualTo(y);
        }
    }

    private static List<String> randomLines(Random random) {
        int n = random.nextInt(12);
        return random.ints(n, 0, 4).mapToObj(i -> "l" + i).toList();
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }

    @Test
    void secretsAreRedactedButEnvironmentReferencesStay() {
        java.util.function.UnaryOperator<String> r = Secrets::redactLine;
        assertThat(r.apply("    \"apiKey\": \"abc123\",")).isEqualTo("    \"apiKey\": \"<redacted>\",");
        assertThat(r.apply("    apiKey: 'abc123',")).isEqualTo("    apiKey: '<redacted>',");
        assertThat(r.apply("    \"Authorization\": \"Bearer xyz\"")).isEqualTo("    \"Authorization\": \"<redacted>\"");
        assertThat(r.apply("    \"apiKey\": \"${OPENAI_API_KEY}\"")).isEqualTo("    \"apiKey\": \"${OPENAI_API_KEY}\"");
        assertThat(r.apply("    \"x\": \"sk-ant-abcdefghijkl\"")).isEqualTo("    \"x\": \"<redacted>\"");
        assertThat(r.apply("    \"model\": \"ollama/qwen3:8b\"")).isEqualTo("    \"model\": \"ollama/qwen3:8b\"");
    }
}
