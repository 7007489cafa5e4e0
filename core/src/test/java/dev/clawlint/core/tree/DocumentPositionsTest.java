package dev.clawlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadFindings;
import dev.clawlint.core.load.LoadedConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every member knows its key range and value range: 1-based line and column, end exclusive,
 * columns counted in code points with a tab as one, lines ending at LF, CRLF or CR.
 */
class DocumentPositionsTest {
    private static Document load(String text) {
        LoadedConfig loaded = new ConfigLoader().load(text.getBytes(StandardCharsets.UTF_8), Path.of("/cfg/openclaw.json5"),
                "openclaw.json5", Environment.unknown());
        assertThat(LoadFindings.of(loaded)).isEmpty();
        return loaded.requireDocument();
    }

    private static String key(Document doc, String pointer) {
        Member m = doc.member(pointer);
        assertThat(m).as("member %s", pointer).isNotNull();
        return m.keySpan().range().toString();
    }

    private static String value(Document doc, String pointer) {
        Node n = doc.node(pointer);
        assertThat(n).as("node %s", pointer).isNotNull();
        return n.span().range().toString();
    }

    @Test
    void multiLineValuesSpanFromTheirFirstToPastTheirLastCharacter() {
        Document doc = load("{\n  models: {\n    mode: 'merge',\n  },\n  list: [\n    1,\n    2\n  ]\n}\n");
        assertThat(key(doc, "/models")).isEqualTo("2:3-2:9");
        assertThat(value(doc, "/models")).isEqualTo("2:11-4:4");
        assertThat(key(doc, "/models/mode")).isEqualTo("3:5-3:9");
        assertThat(value(doc, "/models/mode")).isEqualTo("3:11-3:18");
        assertThat(value(doc, "/list")).isEqualTo("5:9-8:4");
        assertThat(value(doc, "/list/1")).isEqualTo("7:5-7:6");
        assertThat(value(doc, "")).isEqualTo("1:1-9:2");
    }

    @Test
    void astralCharactersCountAsOneColumnLikeEditorsCountThem() {
        // 😀 is one code point but two UTF-16 units; é is one of each
        Document doc = load("{ \"😀é\": \"🦙 llama\", next: 1 }");
        assertThat(key(doc, "/😀é")).isEqualTo("1:3-1:7");
        assertThat(value(doc, "/😀é")).isEqualTo("1:9-1:18");
        assertThat(key(doc, "/next")).isEqualTo("1:20-1:24");
        assertThat(value(doc, "/next")).isEqualTo("1:26-1:27");
    }

    @Test
    void aTabIsOneColumn() {
        Document doc = load("{\n\t\tport:\t18789,\n}");
        assertThat(key(doc, "/port")).isEqualTo("2:3-2:7");
        assertThat(value(doc, "/port")).isEqualTo("2:9-2:14");
    }

    @Test
    void crlfFilesCountLinesOnce() {
        Document doc = load("{\r\n  a: 1,\r\n  b: \"two\"\r\n}\r\n");
        assertThat(key(doc, "/b")).isEqualTo("3:3-3:4");
        assertThat(value(doc, "/b")).isEqualTo("3:6-3:11");
        assertThat(doc.mainFile().lineText(3)).isEqualTo("  b: \"two\"");
    }

    @Test
    void crOnlyFilesEndLinesAtEachCarriageReturn() {
        Document doc = load("{\r  a: 1,\r  b: [\r    true\r  ]\r}");
        assertThat(key(doc, "/b")).isEqualTo("3:3-3:4");
        assertThat(value(doc, "/b")).isEqualTo("3:6-5:4");
        assertThat(value(doc, "/b/0")).isEqualTo("4:5-4:9");
    }

    @Test
    void aLineContinuationKeepsTheStringOneValueOverTwoLines() {
        Document doc = load("{\n  s: 'one \\\ntwo',\n}");
        assertThat(((StringNode) doc.node("/s")).value()).isEqualTo("one two");
        assertThat(value(doc, "/s")).isEqualTo("2:6-3:5");
    }

    @Test
    void commentsAreKeptWithTheirPositions() {
        Document doc = load("// head\n{\n  a: 1, /* inline */\n}\n");
        assertThat(doc.comments(doc.mainFile())).extracting(c -> c.span().range().toString() + " " + c.block() + " " + c.text())
                .containsExactly("1:1-1:8 false  head", "3:9-3:21 true  inline ");
    }

    @Test
    void aMissingPointerFallsBackToItsClosestExistingAncestor() {
        Document doc = load("{ models: { providers: {} } }");
        assertThat(doc.closestExisting("/models/providers/ollama/baseUrl")).isEqualTo("/models/providers");
        assertThat(doc.closestExisting("/nothing")).isEmpty();
    }

    @Test
    void nodesReadFromTheFileKeepTheirPointerAfterTheLoaderRebuiltTheirContainers() {
        LoadedConfig loaded = new ConfigLoader().load("{ models: { mode: 'a', mode: '${M}' } }".getBytes(StandardCharsets.UTF_8),
                Path.of("/cfg/openclaw.json5"), "openclaw.json5", Environment.of(java.util.Map.of("M", "merge")));
        Document doc = loaded.requireDocument();
        assertThat(loaded.duplicates()).singleElement()
                .satisfies(d -> assertThat(doc.pointerOf(d.object())).isEqualTo("/models"));
        assertThat(((StringNode) doc.node("/models/mode")).value()).isEqualTo("merge");
    }
}
