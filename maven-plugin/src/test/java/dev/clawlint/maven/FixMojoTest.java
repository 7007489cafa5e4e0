package dev.clawlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix goal as a plain object: fixes in place, or shows the diff in a dry run. */
class FixMojoTest {
    static final String FIXED = "{\n  gateway: { mode: \"local\" },\n}\n";

    @TempDir
    Path base;

    final FixMojo mojo = new FixMojo();
    final RecordingLog log = new RecordingLog();
    Path config;

    @BeforeEach
    void project() throws Exception {
        mojo.baseDirectory = base.toFile();
        mojo.buildDirectory = base.resolve("target").toFile();
        mojo.setLog(log);
        config = base.resolve("deploy/openclaw.json5");
        Files.createDirectories(config.getParent());
        Files.writeString(config, CheckMojoTest.WARNS);
    }

    @Test
    void fixesTheFileInPlaceAndSaysWhat() throws Exception {
        mojo.execute();
        assertThat(config).hasContent(FIXED);
        assertThat(log.at("INFO")).singleElement().asString()
                .startsWith("deploy/openclaw.json5: applied 1 fix: ").endsWith(" [duplicate-key]");
    }

    @Test
    void aDryRunShowsTheDiffAndWritesNothing() throws Exception {
        mojo.dryRun = true;
        mojo.execute();
        assertThat(config).hasContent(CheckMojoTest.WARNS);
        assertThat(String.join("\n", log.at("INFO")))
                .contains("-  gateway: { mode: \"local\" },")
                .contains("deploy/openclaw.json5: would apply 1 fix: ")
                .endsWith("(dry run, nothing written)");
    }

    @Test
    void theSettingsFileConfigNamesDecidesWhichFixesRun() throws Exception {
        Path settings = base.resolve("ci/no-duplicates-rule.json5");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{ rules: { \"duplicate-key\": \"off\" } }");
        mojo.config = new java.io.File("ci/no-duplicates-rule.json5");
        mojo.execute();
        assertThat(config).as("duplicate-key is off, so is its fix").hasContent(CheckMojoTest.WARNS);
        assertThat(log.at("INFO")).containsExactly("deploy/openclaw.json5: nothing to fix");
    }

    @Test
    void aCleanFileHasNothingToFix() throws Exception {
        Files.writeString(config, FIXED);
        mojo.execute();
        assertThat(log.at("INFO")).containsExactly("deploy/openclaw.json5: nothing to fix");
        assertThat(config).hasContent(FIXED);
    }

    @Test
    void aFileThatDoesNotParseIsLeftAloneAndFailsTheGoal() throws Exception {
        Files.writeString(config, "{\n  gateway: \n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("clawlint: 1 file(s) could not be fixed; see the errors above");
        assertThat(log.at("ERROR")).singleElement().asString().contains("does not parse").contains("the file is unchanged");
        assertThat(config).hasContent("{\n  gateway: \n");
    }

    @Test
    void skipFixesNothing() throws Exception {
        mojo.skip = true;
        mojo.execute();
        assertThat(config).hasContent(CheckMojoTest.WARNS);
        assertThat(log.lines).containsExactly("INFO clawlint: skipped");
    }
}
