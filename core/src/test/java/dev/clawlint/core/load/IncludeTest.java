package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.source.Range;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.StringNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code $include} follows OpenClaw's rules (openclaw-config.md §2.3) and keeps positions in included files. */
class IncludeTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private LoadedConfig load(Path file) throws ConfigReadException {
        return load(file, Environment.unknown());
    }

    private LoadedConfig load(Path file, Environment env) throws ConfigReadException {
        return new ConfigLoader().load(file, file.toString(), env);
    }

    private static Node at(LoadedConfig loaded, String pointer) {
        Node node = loaded.requireDocument().node(pointer);
        assertThat(node).as("node at %s", pointer).isNotNull();
        return node;
    }

    private static List<String> messages(LoadedConfig loaded) {
        return LoadFindings.of(loaded).stream().map(d -> d.ruleId() + ": " + d.message()).toList();
    }

    @Test
    void aSingleIncludeReplacesTheObjectAndItsNodesPointIntoTheIncludedFile() throws Exception {
        Path part = write("parts/models.json5", "// models\n{\n  mode: 'replace',\n}\n");
        Path main = write("openclaw.json", "{\n  \"models\": {\"$include\": \"./parts/models.json5\"}\n}\n");
        LoadedConfig loaded = load(main);
        assertThat(LoadFindings.of(loaded)).isEmpty();
        Document doc = loaded.requireDocument();
        StringNode mode = (StringNode) at(loaded, "/models/mode");
        assertThat(mode.value()).isEqualTo("replace");
        assertThat(mode.span().file().path()).isEqualTo(part.toAbsolutePath().normalize());
        assertThat(mode.span().range()).hasToString("3:9-3:18");
        assertThat(doc.member("/models/mode").keySpan().range()).hasToString("3:3-3:7");
        assertThat(doc.files()).extracting(f -> f.path()).containsExactly(main, part.toAbsolutePath().normalize());
        assertThat(doc.files().get(1).displayName()).isEqualTo(dir.resolve("parts/models.json5").toString());
        assertThat(doc.comments(doc.files().get(1))).extracting(c -> c.text()).containsExactly(" models");
    }

    @Test
    void aListDeepMergesInOrderWithArraysConcatenatedAndSiblingsOnTop() throws Exception {
        write("a.json5", "{ models: { mode: 'merge', providers: { a: { x: 1 } } }, list: [1, 2], n: 1 }");
        write("b.json5", "{ models: { providers: { b: { y: 2 } } }, list: [3], n: 2 }");
        Path main = write("openclaw.json5", "{ $include: ['./a.json5', './b.json5'], n: 3, list: [4], extra: true }");
        LoadedConfig loaded = load(main);
        assertThat(messages(loaded)).isEmpty();
        assertThat(((NumberNode) at(loaded, "/models/providers/a/x")).value()).isEqualTo(1);
        assertThat(((NumberNode) at(loaded, "/models/providers/b/y")).value()).isEqualTo(2);
        assertThat(((StringNode) at(loaded, "/models/mode")).value()).isEqualTo("merge");
        assertThat(((NumberNode) at(loaded, "/n")).value()).isEqualTo(3);
        assertThat(((ArrayNode) at(loaded, "/list")).elements()).extracting(e -> ((NumberNode) e).value())
                .containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(at(loaded, "/list/2").span().file().displayName()).endsWith("b.json5");
        assertThat(at(loaded, "/extra").span().file().path()).isEqualTo(main);
    }

    @Test
    void nestedIncludesResolveRelativeToTheIncludingFile() throws Exception {
        write("parts/inner/leaf.json5", "{ port: 18789 }");
        write("parts/gateway.json5", "{ gateway: { $include: './inner/leaf.json5' } }");
        Path main = write("openclaw.json5", "{ $include: './parts/gateway.json5' }");
        LoadedConfig loaded = load(main);
        assertThat(messages(loaded)).isEmpty();
        assertThat(at(loaded, "/gateway/port").span().file().displayName()).endsWith("leaf.json5");
    }

    @Test
    void tenNestedIncludesAreFineAndTheEleventhIsTooDeep() throws Exception {
        for (int i = 1; i <= 11; i++) {
            write("f" + i + ".json5", i == 11 ? "{ deepest: true }" : "{ $include: './f" + (i + 1) + ".json5' }");
        }
        // main -> f1 -> ... -> f11: f10 is the tenth nested file, and it includes an eleventh
        Path ten = write("openclaw.json5", "{ $include: './f1.json5' }");
        LoadedConfig loaded = load(ten);
        assertThat(messages(loaded)).containsExactly(
                "include-error: Maximum include depth (10) exceeded at: ./f11.json5. OpenClaw refuses the whole config:"
                        + " OpenClaw follows at most 10 nested includes; flatten some of them.");
        Diagnostic d = LoadFindings.of(loaded).get(0);
        assertThat(d.file()).endsWith("f10.json5");
        Files.writeString(dir.resolve("f10.json5"), "{ deepest: true }");
        assertThat(messages(load(ten))).isEmpty();
    }

    @Test
    void aCycleIsReportedWithTheChainOfFiles() throws Exception {
        Path main = write("openclaw.json5", "{\n  $include: './b.json5',\n}\n");
        Path b = write("b.json5", "{ $include: './openclaw.json5' }");
        LoadedConfig loaded = load(main);
        assertThat(messages(loaded)).containsExactly("include-error: Circular include detected: " + main + " -> " + b
                + " -> " + main + ". OpenClaw refuses the whole config: remove one of the includes that lead back to a"
                + " file already being read.");
        assertThat(LoadFindings.of(loaded).get(0).file()).isEqualTo(b.toString());
    }

    @Test
    void aPathOutsideTheConfigFolderIsRefusedUnlessARootAllowsIt() throws Exception {
        Path shared = write("shared/models.json5", "{ mode: 'merge' }");
        Path main = write("config/openclaw.json5", "{\n  models: { $include: '../shared/models.json5' },\n}\n");
        LoadedConfig refused = load(main);
        assertThat(messages(refused)).singleElement().asString().startsWith("include-error: Include path escapes config"
                + " directory: ../shared/models.json5 (root: " + dir.resolve("config") + ")");
        Range range = LoadFindings.of(refused).get(0).range();
        assertThat(range).hasToString("2:23-2:47");
        LoadedConfig allowed = load(main, Environment.of(Map.of("OPENCLAW_INCLUDE_ROOTS", "/nowhere:" + shared.getParent())));
        assertThat(messages(allowed)).isEmpty();
        assertThat(((StringNode) at(allowed, "/models/mode")).value()).isEqualTo("merge");
        assertThat(allowed.requireDocument().files().get(1).displayName()).isEqualTo(shared.toString());
    }

    @Test
    void aSymlinkThatLeadsOutsideIsRefused() throws Exception {
        Path outside = write("outside/secret.json5", "{ mode: 'merge' }");
        Path main = write("config/openclaw.json5", "{ models: { $include: './link.json5' } }");
        Files.createSymbolicLink(dir.resolve("config/link.json5"), outside);
        assertThat(messages(load(main))).singleElement().asString()
                .startsWith("include-error: Include path resolves outside config directory (symlink): ./link.json5");
    }

    @Test
    void missingLargeAndNonRegularFilesAreRefusedWithOpenClawsWords() throws Exception {
        Files.createDirectories(dir.resolve("folder.json5"));
        Files.write(dir.resolve("huge.json5"), new byte[(int) IncludeResolver.MAX_INCLUDE_BYTES + 1]);
        Path main = write("openclaw.json5", "{ $include: ['./none.json5', './folder.json5', './huge.json5'] }");
        assertThat(messages(load(main))).satisfiesExactly(
                m -> assertThat(m).startsWith("include-error: Failed to read include file: ./none.json5 (resolved: "
                        + dir.resolve("none.json5") + ")"),
                m -> assertThat(m).startsWith("include-error: Include file failed security checks (regular file, max"
                        + " 2097152 bytes, no hardlinks): ./folder.json5"),
                m -> assertThat(m).startsWith("include-error: Include file failed security checks (regular file, max"
                        + " 2097152 bytes, no hardlinks): ./huge.json5").contains("2097153 bytes"));
    }

    @Test
    void wrongDirectiveValuesAreReportedAtTheValue() throws Exception {
        Path main = write("openclaw.json5", "{\n  a: { $include: null },\n  b: { $include: [1] },\n}\n");
        LoadedConfig loaded = load(main);
        assertThat(LoadFindings.of(loaded)).extracting(d -> d.range().toString() + " " + d.message().split("\\.")[0])
                .containsExactly("2:18-2:22 Invalid $include value: expected string or array of strings, got object",
                        "3:19-3:20 Invalid $include array item: expected string, got number");
    }

    @Test
    void aParseErrorInsideAnIncludedFilePointsIntoThatFile() throws Exception {
        Path part = write("part.json5", "{\n  mode: 'merge'\n  x: 1\n}\n");
        Path main = write("openclaw.json5", "{ models: { $include: './part.json5' } }");
        LoadedConfig loaded = load(main);
        Diagnostic d = LoadFindings.of(loaded).get(0);
        assertThat(d.ruleId()).isEqualTo("include-error");
        assertThat(d.file()).isEqualTo(part.toString());
        assertThat(d.range().start()).hasToString("3:3");
        assertThat(d.message()).startsWith("Failed to parse include file: ./part.json5 (resolved: " + part + "): ");
        assertThat(loaded.requireDocument().files()).extracting(f -> f.displayName()).contains(part.toString());
    }

    @Test
    void duplicateKeysInsideAnIncludedFileAreFound() throws Exception {
        write("part.json5", "{\n  mode: 'replace',\n  mode: 'merge',\n}\n");
        Path main = write("openclaw.json5", "{ models: { $include: './part.json5' } }");
        LoadedConfig loaded = load(main);
        assertThat(loaded.duplicates()).singleElement().satisfies(dk -> {
            assertThat(dk.shadowed().keySpan().file().displayName()).endsWith("part.json5");
            assertThat(dk.shadowed().keySpan().range()).hasToString("2:3-2:7");
        });
        assertThat(((StringNode) at(loaded, "/models/mode")).value()).isEqualTo("merge");
    }

    @Test
    void siblingKeysNeedAnObjectToMergeInto() throws Exception {
        write("list.json5", "[1, 2]");
        Path main = write("openclaw.json5", "{ a: { $include: './list.json5', b: 1 }, c: { $include: './list.json5' } }");
        LoadedConfig loaded = load(main);
        assertThat(messages(loaded)).singleElement().asString()
                .startsWith("include-error: Sibling keys require included content to be an object");
        assertThat(at(loaded, "/c")).isInstanceOf(ArrayNode.class);
    }
}
