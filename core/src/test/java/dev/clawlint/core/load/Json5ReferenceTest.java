package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.source.Position;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NullNode;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every case of the JSON5 project's test suite reads to exactly what the JSON5 reference parser
 * (json5 2.2.3) gives: the same value for the cases it accepts, a parse error at the same line and
 * column for the cases it rejects. The reference results were recorded by
 * {@code tools/json5-reference/record.js} into {@code data/json5-expected}.
 */
class Json5ReferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithTheReferenceParser() {
        Path cases = Fixtures.data("json5-tests");
        Path expected = Fixtures.data("json5-expected");
        List<Path> files = Fixtures.files(cases, ".json", ".json5", ".js", ".txt");
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream().map(file -> DynamicTest.dynamicTest(cases.relativize(file).toString(), () -> {
            Path record = expected.resolve(cases.relativize(file).toString() + ".expected.json");
            assertThat(record).as("reference result recorded for %s", file).exists();
            JsonNode reference = JSON.readTree(record.toFile());
            String name = file.getFileName().toString();
            ParsedFile parsed = parse(file);
            if (name.endsWith(".js") || name.endsWith(".txt")) {
                assertThat(reference.has("error")).as("the reference parser rejects %s", name).isTrue();
            }
            if (reference.has("error")) {
                SyntaxProblem problem = parsed.problem();
                assertThat(problem).as("%s must be a parse error", name).isNotNull();
                Position at = parsed.source().positionAt(problem.offset());
                JsonNode error = reference.get("error");
                assertThat(at).as("position of the parse error in %s (%s)", name, problem.message())
                        .isEqualTo(referencePosition(parsed.source(), error.get("line").asInt(),
                                error.get("column").asInt()));
            } else {
                assertThat(parsed.problem()).as("%s must parse", name).isNull();
                Node root = parsed.root();
                assertThat(root).isNotNull();
                assertThat(plain(root)).as("value of %s", name).isEqualTo(plainReference(reference.get("value")));
            }
        }));
    }

    /**
     * The reference parser counts a line feed it chokes on as column 0 of the next line; an editor
     * (and clawlint) puts it at the end of the line it terminates.
     */
    private static Position referencePosition(SourceFile source, int line, int column) {
        if (column == 0) {
            return new Position(line - 1, source.lineText(line - 1).codePointCount(0, source.lineText(line - 1).length()) + 1);
        }
        return new Position(line, column);
    }

    private static ParsedFile parse(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return Json5Parser.parse(new SourceFile(file.getFileName().toString(), file, text));
    }

    /** The parsed value as plain Java values, numbers as their exact bit pattern so -0 and NaN compare. */
    private static Object plain(Node node) {
        if (node instanceof ObjectNode o) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Member m : o.effectiveMembers()) {
                map.put(m.key(), plain(m.value()));
            }
            return map;
        }
        if (node instanceof ArrayNode a) {
            List<Object> list = new ArrayList<>();
            a.elements().forEach(e -> list.add(plain(e)));
            return list;
        }
        if (node instanceof StringNode s) {
            return s.value();
        }
        if (node instanceof NumberNode n) {
            return number(n.value());
        }
        if (node instanceof BooleanNode b) {
            return b.value();
        }
        assertThat(node).isInstanceOf(NullNode.class);
        return "<null>";
    }

    private static Object plainReference(JsonNode node) {
        if (node.isObject() && node.has("$number")) {
            return switch (node.get("$number").asString()) {
                case "NaN" -> number(Double.NaN);
                case "Infinity" -> number(Double.POSITIVE_INFINITY);
                case "-Infinity" -> number(Double.NEGATIVE_INFINITY);
                case "-0" -> number(-0.0);
                default -> throw new AssertionError("unknown number tag " + node);
            };
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), plainReference(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(e -> list.add(plainReference(e)));
            return list;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return number(node.asDouble());
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return "<null>";
    }

    private static String number(double d) {
        return "number " + Double.doubleToRawLongBits(d == d ? d : Double.NaN) + " (" + d + ")";
    }
}
