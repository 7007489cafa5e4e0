package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file's published schema says what {@link SettingsFile#read} accepts, no more and no less. */
class SettingsSchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SettingsSchema.schema(), InputFormat.JSON);

    @TempDir
    Path dir;

    @Test
    void whatTheReaderAcceptsTheSchemaAccepts() throws Exception {
        String settings = "{\"$schema\": \"" + SettingsSchema.SCHEMA_ID + "\", \"target\": \"2026.7\","
                + " \"format\": [\"text\", \"sarif=reports/clawlint.sarif\"],"
                + " \"rules\": {\"local-timeout\": \"off\", \"unused-suppression\": \"error\", \"keep-alive\": [\"info\"],"
                + " \"small-model-tool-use\": [\"warning\", {\"minBillions\": 8}], \"insecure-endpoint\": [\"error\","
                + " {\"allowedHosts\": [\"gpu.example.org\"]}], \"hardware-fit\": [\"warning\", {\"vramGb\": 24,"
                + " \"hosts\": {\"laptop.lan\": 8}}]},"
                + " \"overrides\": [{\"files\": [\"staging/**\"], \"target\": \"latest\", \"rules\": {\"keep-alive\": \"info\"}}]}";
        assertThat(SCHEMA.validate(settings, InputFormat.JSON)).isEmpty();
        SettingsFile.read(write(settings));
    }

    @Test
    void whatTheReaderRefusesTheSchemaRefuses() throws Exception {
        for (String bad : List.of(
                "{\"taget\": \"2026.7\"}",
                "{\"target\": \"2025.1\"}",
                "{\"rules\": {\"local-timout\": \"off\"}}",
                "{\"rules\": {\"local-timeout\": \"loud\"}}",
                "{\"rules\": []}",
                "{\"format\": \"html\"}",
                "{\"format\": [\"sarif=\"]}",
                "{\"format\": []}",
                "{\"overrides\": [{\"files\": [\"a/**\"], \"format\": \"json\"}]}",
                "{\"rules\": {\"small-model-tool-use\": [\"warning\", {\"minBilions\": 8}]}}",
                "{\"rules\": {\"small-model-tool-use\": [\"warning\", {\"minBillions\": \"8\"}]}}",
                "{\"rules\": {\"small-model-tool-use\": [\"warning\", {\"minBillions\": -1}]}}",
                "{\"rules\": {\"local-timeout\": [\"warning\", {}]}}",
                "{\"rules\": {\"small-model-tool-use\": [\"loud\", {\"minBillions\": 8}]}}",
                "{\"rules\": {\"small-model-tool-use\": []}}",
                "{\"rules\": {\"hardware-fit\": [\"warning\", {\"hosts\": {\"box\": \"24\"}}]}}",
                "{\"overrides\": [{\"rules\": {}}]}",
                "{\"overrides\": [{\"files\": []}]}",
                "{\"overrides\": [{\"files\": [\"a/**\"], \"severity\": \"off\"}]}")) {
            assertThat(SCHEMA.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
            Path file = write(bad);
            assertThatThrownBy(() -> SettingsFile.read(file)).as(bad).isInstanceOf(SettingsFile.SettingsException.class);
        }
    }

    private Path write(String text) throws Exception {
        Path p = dir.resolve(".clawlint.json5");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
