package dev.clawlint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.util.JsNumbers;
import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every origin {@code clawlint resolve --show-origin} prints as {@code file:line:col} points at the exact
 * text it names: the file is read at that line and column (from the printed origin, as a user would), and
 * what is there must be the value of the leaf (its literal, or for a model reference the id, alias or
 * guide-shape model it was resolved from) or the key the leaf is named by. Over every fixture, every
 * example and every real config.
 */
class OriginsPointAtTheirValuesTest {
    /** {@code file:line:col}, alone or in parentheses after {@code env:VAR} / {@code migrated from PATH}. */
    private static final Pattern AT = Pattern.compile("^(?:env:\\S+ \\(|migrated from \\S+ \\()?(.+):(\\d+):(\\d+)\\)?$");

    static List<Path> inputs() {
        List<Path> out = new ArrayList<>();
        out.addAll(Fixtures.files(Fixtures.fixtures(), ".json", ".json5"));
        out.addAll(Fixtures.files(Fixtures.repositoryRoot().resolve("examples"), ".json", ".json5"));
        out.addAll(Fixtures.files(Fixtures.data("corpus").resolve("real"), ".json", ".json5"));
        out.addAll(Fixtures.files(Fixtures.data("oracle").resolve("models-probes"), ".json5"));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyOriginPointsAtWhatItNames() {
        List<Path> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThan(150);
        return inputs.stream().map(file -> DynamicTest.dynamicTest(Fixtures.repositoryRoot().relativize(file).toString(), () -> {
            LoadedConfig loaded = new ConfigLoader().load(file, file.getFileName().toString(), Environment.unknown());
            Document doc = loaded.document();
            if (doc == null) {
                return; // not a config (a parse-error fixture): nothing is resolved
            }
            EffectiveConfig config = ConfigResolver.resolve(doc, TargetVersion.LATEST, Environment.unknown());
            List<String> wrong = new ArrayList<>();
            for (EffectiveTree.Leaf leaf : EffectiveTree.leaves(config)) {
                String at = textAt(doc, leaf.origin());
                if (at != null && !names(at, leaf, config)) {
                    wrong.add(leaf.path() + " = " + leaf.value() + " at " + leaf.origin().describe() + " reads: "
                            + at.substring(0, Math.min(40, at.length())).replace('\n', ' '));
                }
            }
            assertThat(wrong).as("origins that point elsewhere than at their value or key").isEmpty();
        }));
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?");

    /** The text from the origin's printed {@code file:line:col} to the end of that line, or null for an origin that names no place. */
    private static @Nullable String textAt(Document doc, Origin origin) {
        if (!(origin instanceof Origin.Written || origin instanceof Origin.FromEnv || origin instanceof Origin.Migrated)) {
            return null;
        }
        Matcher m = AT.matcher(origin.describe());
        assertThat(m.find()).as("a position in %s", origin.describe()).isTrue();
        SourceFile file = doc.files().stream().filter(f -> f.displayName().equals(m.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + m.group(1) + " in " + origin.describe()));
        return file.lineText(Integer.parseInt(m.group(2))).substring(Integer.parseInt(m.group(3)) - 1);
    }

    /** Whether the text begins with the leaf's value, the reference it was resolved from, or its key. */
    private static boolean names(String text, EffectiveTree.Leaf leaf, EffectiveConfig config) {
        Object last = leaf.segments().get(leaf.segments().size() - 1);
        if (last instanceof String key) {
            String literal = stringAt(text);
            // a key names itself, or (a catalogue key) the reference it resolves to
            if (literal != null ? literal.equals(key) || isResolvedFrom(key, literal, config) : text.startsWith(key)) {
                return true;
            }
        }
        Object value = leaf.written();
        if (value instanceof String s && s.startsWith("secretref:")) {
            return text.startsWith("{"); // a SecretRef object, shown as one string
        }
        if (value instanceof String s) {
            String literal = stringAt(text);
            // "$${X}" is how a config writes a literal "${X}"
            return literal != null && (literal.replace("$${", "${").equals(s) || isResolvedFrom(s, literal, config));
        }
        if (value instanceof Number n) {
            // the number as written: 7.9e28 is the 7.9e+28 JavaScript prints
            Matcher written = DECIMAL.matcher(text);
            return text.startsWith(JsNumbers.toString(n.doubleValue()))
                    || written.lookingAt() && Double.parseDouble(written.group()) == n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return text.startsWith(b.toString());
        }
        if (value instanceof List<?> || value instanceof dev.clawlint.core.util.json.JsonArray) {
            return text.startsWith("[");
        }
        return text.startsWith("{");
    }

    /** A ref resolved from what is written there: a bare id given a provider, an alias, or a guide-shape model id. */
    private static boolean isResolvedFrom(String ref, String written, EffectiveConfig config) {
        int slash = ref.indexOf('/');
        String provider = slash > 0 ? ref.substring(0, slash + 1) : "";
        // a bare id given its provider, a provider id lower-cased, or a repeated own prefix dropped
        if (ref.endsWith("/" + written) || ref.equalsIgnoreCase(written) || written.equalsIgnoreCase(provider + ref)) {
            return true;
        }
        for (Map.Entry<String, String> alias : config.aliases().entrySet()) {
            if (alias.getKey().equalsIgnoreCase(written.trim()) && alias.getValue().equals(ref)) {
                return true;
            }
        }
        return false;
    }

    /** The content of the JSON5 string literal the text starts with (simple escapes undone), or null. */
    private static @Nullable String stringAt(String text) {
        if (text.isEmpty() || text.charAt(0) != '"' && text.charAt(0) != '\'') {
            return null;
        }
        char quote = text.charAt(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                sb.append(text.charAt(++i));
            } else if (c == quote) {
                return sb.toString();
            } else {
                sb.append(c);
            }
        }
        return null;
    }
}
