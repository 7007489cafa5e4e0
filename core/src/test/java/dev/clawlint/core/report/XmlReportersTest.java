package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.FileResult;
import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.core.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit and checkstyle XML reports parse, and carry what Jenkins, GitLab and reviewdog read. */
class XmlReportersTest {
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The sample result, plus a clean second file and a message with an ESC and a NUL in it. */
    private static CheckResult sample() {
        CheckResult one = ReportSamples.result();
        SourceFile src = ReportSamples.source();
        Diagnostic odd = new Diagnostic("unknown-key", Severity.ERROR, "Unknown key \"a\u001B[31m\u0000b\" <&>.", "odd.json",
                "/a", src.rangeOf(1, 2), null);
        List<FileResult> files = new java.util.ArrayList<>(one.files());
        files.add(new FileResult("clean.json", Map.of(), List.of(), TargetChoice.choose(TargetVersion.LATEST, null)));
        files.add(new FileResult("odd.json", Map.of(), List.of(odd), TargetChoice.choose(TargetVersion.LATEST, null)));
        return new CheckResult(files, Severity.WARNING);
    }

    @Test
    void junitHasOneSuitePerFileOneCaseePerFindingAndFailuresAtOrAboveTheThreshold() throws Exception {
        Document doc = parse(new JunitReporter().render(sample()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element first = (Element) suites.item(0);
        assertThat(first.getAttribute("name")).isEqualTo(ReportSamples.FILE);
        assertThat(first.getAttribute("tests")).isEqualTo("3");
        assertThat(first.getAttribute("failures")).isEqualTo("2"); // error and warning; the info is below --fail-on warning
        NodeList cases = first.getElementsByTagName("testcase");
        Element unknown = (Element) cases.item(0);
        assertThat(unknown.getAttribute("classname")).isEqualTo(ReportSamples.FILE);
        assertThat(unknown.getAttribute("name")).isEqualTo("unknown-key at 2:3");
        Element failure = (Element) unknown.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).isEqualTo("Unknown key 'modles' (did you mean 'models'?).");
        assertThat(failure.getTextContent()).startsWith(ReportSamples.FILE + ":2:3: error:");
        Element info = (Element) cases.item(2);
        assertThat(info.getElementsByTagName("failure").getLength()).isZero();
        assertThat(info.getElementsByTagName("system-out").item(0).getTextContent()).contains("100% of agents");
        Element clean = (Element) suites.item(1);
        assertThat(clean.getAttribute("tests")).isEqualTo("1");
        assertThat(((Element) clean.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("clawlint");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
    }

    @Test
    void checkstyleHasAFileElementPerFileAndAnErrorElementPerFinding() throws Exception {
        Document doc = parse(new CheckstyleReporter().render(sample()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("4.3");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(3);
        Element first = (Element) files.item(0);
        assertThat(first.getAttribute("name")).isEqualTo(ReportSamples.FILE);
        NodeList errors = first.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(3);
        Element type = (Element) errors.item(1);
        assertThat(type.getAttribute("line")).isEqualTo("3");
        assertThat(type.getAttribute("column")).isEqualTo("20");
        assertThat(type.getAttribute("severity")).isEqualTo("warning");
        assertThat(type.getAttribute("source")).isEqualTo("clawlint.invalid-type");
        assertThat(((Element) errors.item(2)).getAttribute("severity")).isEqualTo("info");
        assertThat(((Element) errors.item(2)).getAttribute("message")).isEqualTo("100% of agents: none, so: nothing runs.");
        assertThat(((Element) files.item(1)).getElementsByTagName("error").getLength()).isZero();
    }

    @Test
    void controlCharactersAndMarkupInMessagesCannotBreakTheXml() throws Exception {
        for (String xml : List.of(new JunitReporter().render(sample()), new CheckstyleReporter().render(sample()))) {
            assertThat(xml).doesNotContain("\u001B").doesNotContain("\u0000").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            Document doc = parse(xml);
            assertThat(doc.getDocumentElement().getTextContent() + attributes(doc)).contains("\\u001B[31m\\u0000b\" <&>.");
        }
    }

    private static String attributes(Document doc) {
        StringBuilder sb = new StringBuilder();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var attrs = all.item(i).getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                sb.append(attrs.item(j).getNodeValue()).append('\n');
            }
        }
        return sb.toString();
    }
}
