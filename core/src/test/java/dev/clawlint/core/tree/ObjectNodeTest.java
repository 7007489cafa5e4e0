package dev.clawlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An object's members as JSON5 sees them: the last value of a repeated key wins, in the place of its first. */
class ObjectNodeTest {
    private static ObjectNode parse(String text) {
        Node root = new ConfigLoader().load(text.getBytes(StandardCharsets.UTF_8), Path.of("/cfg/openclaw.json5"),
                "openclaw.json5", Environment.unknown()).requireDocument().root();
        return (ObjectNode) root;
    }

    private static String effective(ObjectNode object) {
        return object.effectiveMembers().stream()
                .map(m -> m.key() + "=" + (long) ((NumberNode) m.value()).value())
                .collect(Collectors.joining(" "));
    }

    @Test
    void withoutARepeatedKeyTheEffectiveMembersAreTheMembersAsWritten() {
        ObjectNode object = parse("{ b: 1, a: 2, c: 3 }");
        assertThat(effective(object)).isEqualTo("b=1 a=2 c=3");
        assertThat(object.effectiveMembers()).isEqualTo(object.members());
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPlaceAndItsLastValueInASmallObjectAndInALargeOne() {
        assertThat(effective(parse("{ a: 1, b: 2, a: 3 }"))).isEqualTo("a=3 b=2");
        // a repeat far from the first occurrence, in an object of twenty members
        String many = IntStream.range(0, 20).mapToObj(i -> "k" + i + ": " + i).collect(Collectors.joining(", "));
        assertThat(effective(parse("{ " + many + ", k3: 99 }")))
                .startsWith("k0=0 k1=1 k2=2 k3=99 k4=4").endsWith("k19=19")
                .doesNotContain("k3=3 ");
        assertThat(parse("{ " + many + ", k3: 99 }").effectiveMembers()).hasSize(20);
    }

    @Test
    void theEffectiveMembersCannotBeChanged() {
        for (ObjectNode object : List.of(parse("{ a: 1 }"), parse("{ a: 1, a: 2 }"))) {
            List<Member> members = object.effectiveMembers();
            assertThatThrownBy(() -> members.add(members.get(0)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
