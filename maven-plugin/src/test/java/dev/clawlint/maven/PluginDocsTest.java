package dev.clawlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated plugin descriptor, the docs and the README agree: every user-settable parameter of
 * {@code check} has Javadoc, a {@code clawlint.<name>} user property and a row in docs/maven-plugin.md,
 * and the README's snippet is the one the check-clean IT proves works.
 */
class PluginDocsTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path ROOT = MODULE.getParent();
    private static final Pattern PLUGIN_BLOCK = Pattern.compile("(?s)<plugin>.*?</plugin>");

    private static Element checkMojo() throws Exception {
        return mojo("check");
    }

    private static Element mojo(String goal) throws Exception {
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(MODULE.resolve("target/classes/META-INF/maven/plugin.xml").toFile());
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals(goal)) {
                return mojo;
            }
        }
        throw new AssertionError("no " + goal + " mojo in plugin.xml");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    @Test
    void checkRunsAtValidateAndIsThreadSafe() throws Exception {
        Element mojo = checkMojo();
        assertThat(text(mojo, "phase")).isEqualTo("validate");
        assertThat(text(mojo, "threadSafe")).isEqualTo("true");
    }

    @Test
    void fixIsNeverBoundByDefault() throws Exception {
        assertThat(text(mojo("fix"), "phase")).isEmpty();
        assertThat(text(mojo("fix"), "threadSafe")).isEqualTo("true");
    }

    @Test
    void everyParameterHasJavadocAUserPropertyAndADocsRow() throws Exception {
        Element mojo = checkMojo();
        String docs = Files.readString(ROOT.resolve("docs/maven-plugin.md"));
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
        List<String> editable = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element p = (Element) parameters.item(i);
            String name = text(p, "name");
            assertThat(text(p, "description")).as("Javadoc of %s", name).isNotBlank();
            if (!text(p, "editable").equals("true")) {
                continue;
            }
            editable.add(name);
            assertThat(text(configuration, name)).as("user property of %s", name).isEqualTo("${clawlint." + name + "}");
            assertThat(docs).as("docs row of %s", name).contains("| `" + name + "` | `clawlint." + name + "` |");
        }
        assertThat(editable).contains("files", "includes", "excludes", "target", "failOnSeverity", "maxWarnings",
                "format", "outputFile", "skip", "failIfNoFiles");
    }

    @Test
    void theReadmeAndTheDocsShowTheSnippetTheCheckCleanItUses() throws Exception {
        String it = firstPlugin(Files.readString(MODULE.resolve("src/it/check-clean/pom.xml")));
        assertThat(it).contains("<goal>check</goal>");
        assertThat(firstPlugin(Files.readString(ROOT.resolve("README.md")))).isEqualTo(it);
        assertThat(firstPlugin(Files.readString(ROOT.resolve("docs/maven-plugin.md")))).isEqualTo(it);
    }

    /** The first {@code <plugin>} element, without indentation, its version replaced by {@code V}. */
    private static String firstPlugin(String text) {
        Matcher m = PLUGIN_BLOCK.matcher(text);
        assertThat(m.find()).as("a <plugin> block").isTrue();
        return m.group().replaceAll("(?m)^\\s+", "").replaceAll("<version>[^<]*</version>", "<version>V</version>");
    }
}
