package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.edit.Edits;
import dev.clawlint.core.edit.FileStyle;
import dev.clawlint.core.edit.TextEdits;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The edit toolkit: each edit changes only what it must and writes new text in the file's style. */
class EditsTest {
    static Document load(String text) {
        LoadedConfig loaded = new ConfigLoader().load(text.getBytes(StandardCharsets.UTF_8), Path.of("t.json5"), "t.json5",
                Environment.unknown());
        return loaded.requireDocument();
    }

    static ObjectNode object(Document d, String pointer) {
        return (ObjectNode) Objects.requireNonNull(d.node(pointer));
    }

    static String apply(Document d, List<TextEdit> edits) {
        return TextEdits.apply(d.mainFile().text(), edits);
    }

    @Test
    void styleIsReadFromTheFile() {
        FileStyle json = FileStyle.of(load("{\n    \"a\": {\n        \"b\": 1\n    }\n}\n").mainFile());
        assertThat(json).isEqualTo(new FileStyle("    ", '"', true, false, "\n"));
        FileStyle json5 = FileStyle.of(load("{\r\n\ta: {\r\n\t\tb: 'x',\r\n\t},\r\n}\r\n").mainFile());
        assertThat(json5).isEqualTo(new FileStyle("\t", '\'', false, true, "\r\n"));
    }

    @Test
    void removesAMemberAloneOnItsLineAndKeepsEveryCommentInItsPlace() {
        Document d = load("{\n  // about a\n  \"a\": 1, // still about a\n  \"b\": 2\n}\n");
        ObjectNode root = object(d, "");
        assertThat(apply(d, Edits.removeMember(root, root.members().get(0))))
                .isEqualTo("{\n  // about a\n  // still about a\n  \"b\": 2\n}\n");
        // comments inside the removed value stay too, each on its own line
        Document nested = load("{\n  \"a\": {\n    // the box under the desk\n    \"x\": 1 /* tuned */\n  },\n  \"b\": \"//not a comment\"\n}\n");
        ObjectNode top = object(nested, "");
        assertThat(apply(nested, Edits.removeMember(top, top.members().get(0))))
                .isEqualTo("{\n  // the box under the desk\n  /* tuned */\n  \"b\": \"//not a comment\"\n}\n");
    }

    @Test
    void aRemovedMemberInsideALineLeavesItsCommentsAsBlockComments() {
        Document d = load("{ \"a\": { \"x\": 1 // why\n }, \"b\": 2 }\n");
        ObjectNode root = object(d, "");
        assertThat(apply(d, Edits.removeMember(root, root.members().get(0)))).isEqualTo("{ /* why */ \"b\": 2 }\n");
        Document only = load("{ \"a\": 1 /* last */ }\n");
        ObjectNode one = object(only, "");
        assertThat(apply(only, Edits.removeMember(one, one.members().get(0)))).isEqualTo("{ /* last */ }\n");
    }

    @Test
    void removingTheLastMemberTakesThePreviousCommaUnlessTheFileUsesTrailingCommas() {
        Document d = load("{\n  \"a\": 1,\n  \"b\": {\n    \"c\": 2\n  }\n}\n");
        ObjectNode root = object(d, "");
        assertThat(apply(d, Edits.removeMember(root, root.members().get(1)))).isEqualTo("{\n  \"a\": 1\n}\n");
        Document t = load("{\n  a: 1,\n  b: 2,\n}\n");
        ObjectNode troot = object(t, "");
        assertThat(apply(t, Edits.removeMember(troot, troot.members().get(1)))).isEqualTo("{\n  a: 1,\n}\n");
    }

    @Test
    void removesInlineMembersAndEmptiesObjects() {
        Document d = load("{ \"x\": { \"a\": 1, \"b\": 2 }, \"y\": { \"only\": true } }");
        ObjectNode x = object(d, "/x");
        assertThat(apply(d, Edits.removeMember(x, x.members().get(0)))).isEqualTo("{ \"x\": { \"b\": 2 }, \"y\": { \"only\": true } }");
        assertThat(apply(d, Edits.removeMember(x, x.members().get(1)))).isEqualTo("{ \"x\": { \"a\": 1 }, \"y\": { \"only\": true } }");
        ObjectNode y = object(d, "/y");
        assertThat(apply(d, Edits.removeMember(y, y.members().get(0)))).isEqualTo("{ \"x\": { \"a\": 1, \"b\": 2 }, \"y\": {} }");
    }

    @Test
    void removesTheEarlierOfTwoDuplicateMembers() {
        Document d = load("{\n  \"a\": 1,\n  \"a\": 2\n}\n");
        ObjectNode root = object(d, "");
        assertThat(apply(d, Edits.removeMember(root, root.members().get(0)))).isEqualTo("{\n  \"a\": 2\n}\n");
    }

    @Test
    void insertsAfterTheLastMemberInTheFileStyle() {
        Document d = load("{\n  \"a\": 1 // keep me here\n}\n");
        ObjectNode root = object(d, "");
        assertThat(apply(d, Edits.insertMember(root, "b", Edits.render(d.mainFile(), Map.of("c", "x")))))
                .isEqualTo("{\n  \"a\": 1, // keep me here\n  \"b\": {\n    \"c\": \"x\"\n  }\n}\n");
        Document t = load("{\r\n\tmodels: {\r\n\t\tmode: 'merge',\r\n\t},\r\n}\r\n");
        ObjectNode models = object(t, "/models");
        assertThat(apply(t, Edits.insertMember(models, "providers", Edits.render(t.mainFile(), Map.of("x-y", List.of("p/m"))))))
                .isEqualTo("{\r\n\tmodels: {\r\n\t\tmode: 'merge',\r\n\t\tproviders: {\r\n\t\t\t'x-y': [\r\n\t\t\t\t'p/m',\r\n\t\t\t],\r\n\t\t},\r\n\t},\r\n}\r\n");
    }

    @Test
    void insertsIntoEmptyAndOneLineObjects() {
        Document d = load("{\n  \"a\": {},\n  \"b\": { \"c\": 1 }\n}\n");
        assertThat(apply(d, Edits.insertMember(object(d, "/a"), "k", "true")))
                .isEqualTo("{\n  \"a\": {\n    \"k\": true\n  },\n  \"b\": { \"c\": 1 }\n}\n");
        assertThat(apply(d, Edits.insertMember(object(d, "/b"), "k", "true")))
                .isEqualTo("{\n  \"a\": {},\n  \"b\": { \"c\": 1, \"k\": true }\n}\n");
    }

    @Test
    void putPathCreatesTheMissingObjectsOnTheWay() {
        Document d = load("{\n  \"agents\": {\n    \"list\": []\n  }\n}\n");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("primary", "p/m");
        List<TextEdit> edits = Objects.requireNonNull(Edits.putPath(object(d, ""), List.of("agents", "defaults", "model"), model));
        assertThat(apply(d, edits)).isEqualTo(
                "{\n  \"agents\": {\n    \"list\": [],\n    \"defaults\": {\n      \"model\": {\n        \"primary\": \"p/m\"\n      }\n    }\n  }\n}\n");
        assertThat(Edits.putPath(object(d, ""), List.of("agents", "list"), "x")).isNull();
    }

    @Test
    void movedTextKeepsItsCommentsAndTakesTheNewIndentation() {
        Document d = load("{\n  \"a\": {\n    // why\n    \"x\": 1\n  },\n  \"b\": {}\n}\n");
        Member a = object(d, "").members().get(0);
        String placed = Edits.render(d.mainFile(), Map.of("deeper", Edits.moved(a.value())));
        assertThat(apply(d, Edits.insertMember(object(d, "/b"), "a", placed))).isEqualTo(
                "{\n  \"a\": {\n    // why\n    \"x\": 1\n  },\n  \"b\": {\n    \"a\": {\n      \"deeper\": {\n        // why\n        \"x\": 1\n      }\n    }\n  }\n}\n");
    }

    @Test
    void renamesKeysAndQuotesStringsInTheFileStyle() {
        Document d = load("{ 'a': 1, b: 2 }");
        ObjectNode root = object(d, "");
        assertThat(apply(d, List.of(Edits.renameKey(root.members().get(0), "it's")))).isEqualTo("{ 'it\\'s': 1, b: 2 }");
        assertThat(apply(d, List.of(Edits.renameKey(root.members().get(1), "c-d")))).isEqualTo("{ 'a': 1, 'c-d': 2 }");
        assertThat(Edits.quote(d.mainFile(), "a\"b\n")).isEqualTo("'a\"b\\n'");
        assertThat(apply(d, List.of(Edits.replaceValue(root.members().get(1).value(), "[1, 2]")))).isEqualTo("{ 'a': 1, b: [1, 2] }");
    }
}
