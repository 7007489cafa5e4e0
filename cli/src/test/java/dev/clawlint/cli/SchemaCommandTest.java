package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.schema.ClawlintSchema;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clawlint schema} and {@code clawlint check --upstream-schema}. */
class SchemaCommandTest {
    @TempDir
    Path dir;

    @Test
    void schemaPrintsTheExactBytesOfThePublishedSchema() throws Exception {
        byte[] expected;
        try (InputStream in = ClawlintSchema.class.getResourceAsStream("/" + ClawlintSchema.RESOURCE)) {
            assertThat(in).isNotNull();
            expected = in.readAllBytes();
        }
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setOut(new PrintStream(captured, true));
            run = CliRun.of("schema");
        } finally {
            System.setOut(original);
        }
        assertThat(run.exitCode()).isZero();
        assertThat(captured.toByteArray()).isEqualTo(expected);
    }

    @Test
    void aMissingUpstreamSchemaIsExitTwoWithOneLine() throws Exception {
        Path config = Files.writeString(dir.resolve("openclaw.json"), "{}");
        CliRun run = CliRun.of("check", "--upstream-schema", dir.resolve("nope.json").toString(), config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err().strip()).doesNotContain("\n").contains("cannot read upstream schema").contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnparsableUpstreamSchemaIsExitTwoWithOneLine() throws Exception {
        Path config = Files.writeString(dir.resolve("openclaw.json"), "{}");
        Path schema = Files.writeString(dir.resolve("schema.json"), "{\"type\": ");
        CliRun run = CliRun.of("check", "--upstream-schema", schema.toString(), config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err().strip()).doesNotContain("\n").contains("is not valid JSON").contains("openclaw config schema");
    }

    @Test
    void unresolvableRefsGiveOneNoteAndTheRestIsChecked() throws Exception {
        Path config = Files.writeString(dir.resolve("openclaw.json"), "{gateway: {prot: 1}}");
        Path schema = Files.writeString(dir.resolve("schema.json"), """
                {"type": "object", "properties": {"gateway": {"type": "object", "additionalProperties": false,
                  "properties": {"port": {"type": "integer"}, "a": {"$ref": "#/$defs/x"}, "b": {"$ref": "#/$defs/y"}}}}}
                """);
        CliRun run = CliRun.of("check", "--no-source", "--upstream-schema", schema.toString(), config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).contains("note: 2 $ref(s)").hasLineCount(1);
        assertThat(run.out()).contains("Unknown key \"prot\" in gateway").contains("Did you mean \"port\"?").contains("[unknown-key]");
    }

    @Test
    void schemaForATargetIsThatReleasesWholeFileSchema() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setOut(new PrintStream(captured, true));
            run = CliRun.of("schema", "--target", "2026.4");
        } finally {
            System.setOut(original);
        }
        assertThat(run.exitCode()).isZero();
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"$id\" : \"https://clawlint.dev/schema/2026.4/openclaw.schema.json\"")
                .contains("\"x-openclaw-version\" : \"2026.4.27\"");
        CliRun unknown = CliRun.of("schema", "--target", "2025.1");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("supported: 2026.2 (2026.2.21)");
    }

    @Test
    void settingsPrintsTheSettingsFilesSchema() {
        CliRun run = CliRun.of("schema", "--settings");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).isEqualTo(dev.clawlint.core.api.SettingsSchema.schema())
                .contains("\"$id\" : \"https://clawlint.dev/schema/clawlint-settings.schema.json\"")
                .contains("\"unused-suppression\" : {");
        CliRun both = CliRun.of("schema", "--settings", "--target", "2026.7");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(both.err()).contains("--settings has no release");
    }
}
