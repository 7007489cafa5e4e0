package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.Fixtures;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/json-report.md documents every field the JSON reporter writes, in a table row of its own. */
class JsonReportDocTest {
    @Test
    void everyFieldHasATableRow() throws Exception {
        String doc = Files.readString(Fixtures.repositoryRoot().resolve("docs/json-report.md"));
        JsonNode report = JsonMapper.builder().build().readTree(new JsonReporter().render(ReportSamples.result()));
        Set<String> fields = new TreeSet<>();
        collect(report, fields);
        assertThat(fields).contains("formatVersion", "ruleId", "line", "failed");
        for (String field : fields) {
            assertThat(doc).as("docs/json-report.md row for %s", field).containsPattern("(?m)^\\| (`[\\w.]+`, )*`(\\w+\\.)*" + field + "`");
        }
        assertThat(doc).contains("`formatVersion` is `" + JsonReporter.FORMAT_VERSION + "`");
    }

    private static void collect(JsonNode node, Set<String> fields) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                fields.add(e.getKey());
                collect(e.getValue(), fields);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, fields));
        }
    }
}
