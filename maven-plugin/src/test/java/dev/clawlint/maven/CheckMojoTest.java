package dev.clawlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clawlint.core.lint.TargetChoice;
import dev.clawlint.fixtures.TestFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The check goal as a plain object: fields set as Maven would, then execute(). */
class CheckMojoTest {
    static final String CLEAN = "{\n  gateway: { mode: \"local\" },\n}\n";
    /** unknown-key (error) at 3:3. */
    static final String BAD = "{\n  // a typo\n  modles: {},\n}\n";
    /** duplicate-key (warning) at 2:3. */
    static final String WARNS = "{\n  gateway: { mode: \"local\" },\n  gateway: { mode: \"local\" },\n}\n";

    @TempDir
    Path base;

    final CheckMojo mojo = new CheckMojo();
    final RecordingLog log = new RecordingLog();

    @BeforeEach
    void project() {
        mojo.baseDirectory = base.toFile();
        mojo.buildDirectory = base.resolve("target").toFile();
        mojo.setLog(log);
    }

    private void write(String relative, String text) {
        TestFiles.write(base, relative, text);
    }

    private JsonNode report(String relative) throws Exception {
        return JsonMapper.builder().build().readTree(Files.readString(base.resolve(relative)));
    }

    @Test
    void aCleanConfigPassesAndTheJsonReportIsWritten() throws Exception {
        write("openclaw.json", CLEAN);
        mojo.execute();
        assertThat(log.at("INFO")).containsExactly(
                "clawlint: 0 errors, 0 warnings, 0 infos in 1 file; report: " + base.resolve("target/clawlint/clawlint.json")
                        + " (SARIF: clawlint.sarif beside it)");
        assertThat(base.resolve("target/clawlint/clawlint.sarif")).content().contains("\"version\" : \"2.1.0\"");
        JsonNode report = report("target/clawlint/clawlint.json");
        assertThat(report.at("/files/0/file").asString()).isEqualTo("openclaw.json");
        assertThat(report.at("/summary/failed").asBoolean()).isFalse();
    }

    @Test
    void anErrorFailsTheBuildWithEachFindingLoggedRelativeToTheBaseDirectory() throws Exception {
        write("config/openclaw.json", BAD);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("clawlint: 1 error, 0 warnings, 0 infos in 1 file; the build fails on errors (failOnSeverity=error)");
        assertThat(log.at("INFO")).as("where CI finds the report, even when the build fails").containsExactly(
                "clawlint: 1 error, 0 warnings, 0 infos in 1 file; report: " + base.resolve("target/clawlint/clawlint.json")
                        + " (SARIF: clawlint.sarif beside it)");
        assertThat(log.at("ERROR")).singleElement().asString()
                .startsWith("config/openclaw.json:3:3: error: ")
                .endsWith(" [unknown-key]");
        assertThat(report("target/clawlint/clawlint.json").at("/summary/failed").asBoolean()).isTrue();
    }

    @Test
    void aSettingsFileInTheProjectAppliesAndABadOneIsAnExecutionError() throws Exception {
        write("config/openclaw.json", BAD);
        write(".clawlint.json5", "{ rules: { \"unknown-key\": \"warning\" } }");
        mojo.execute();
        assertThat(log.at("WARN")).singleElement().asString().startsWith("config/openclaw.json:3:3: warning: ");

        write(".clawlint.json5", "{ rules: { \"unknown-kee\": \"off\" } }");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("clawlint: " + base.resolve(".clawlint.json5") + ":1:12: unknown rule id 'unknown-kee'");
    }

    @Test
    void aBaselineWrittenOnceLetsTheBuildPassUntilSomethingNewAppears() throws Exception {
        write("config/openclaw.json", BAD);
        mojo.writeBaseline = new File("clawlint-baseline.json");
        mojo.execute();
        assertThat(log.at("INFO")).contains("clawlint: wrote 1 finding(s) to the baseline " + base.resolve("clawlint-baseline.json"));
        assertThat(base.resolve("clawlint-baseline.json")).content().contains("\"file\" : \"config/openclaw.json\"");

        CheckMojo later = new CheckMojo();
        later.baseDirectory = base.toFile();
        later.buildDirectory = base.resolve("target").toFile();
        RecordingLog laterLog = new RecordingLog();
        later.setLog(laterLog);
        later.baseline = new File("clawlint-baseline.json");
        later.execute();
        assertThat(laterLog.at("ERROR")).isEmpty();

        write("config/openclaw.json", CLEAN);
        later.execute();
        assertThat(laterLog.at("WARN")).singleElement().asString()
                .startsWith("clawlint: baseline entry matches no finding any more").endsWith("[unknown-key]");
    }

    @Test
    void warningsAreLoggedAsWarningsAndPassByDefault() throws Exception {
        write("openclaw.json", WARNS);
        mojo.execute();
        assertThat(log.at("WARN")).singleElement().asString()
                .startsWith("openclaw.json:2:3: warning: ").endsWith(" [duplicate-key]");
        assertThat(log.at("ERROR")).isEmpty();
    }

    @Test
    void moreWarningsThanMaxWarningsFail() throws Exception {
        write("openclaw.json", WARNS);
        mojo.maxWarnings = 1;
        mojo.execute();
        mojo.maxWarnings = 0;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("clawlint: 0 errors, 1 warning, 0 infos in 1 file; more warnings than maxWarnings=0");
    }

    @Test
    void failOnSeverityWarningMakesAWarningFail() throws Exception {
        write("openclaw.json", WARNS);
        mojo.failOnSeverity = "warning";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith("the build fails on warnings or worse (failOnSeverity=warning)");
    }

    @Test
    void aRuleSwitchedOffNoLongerFails() throws Exception {
        write("openclaw.json", BAD);
        mojo.rules = List.of("unknown-key=off");
        mojo.execute();
        assertThat(log.at("ERROR")).isEmpty();
    }

    @Test
    void anEnvFileSuppliesTheEnvironmentAndItsValuesStayOutOfTheOutput() throws Exception {
        write("openclaw.json", "{\n  env: { vars: { A: \"${API_TOKEN}\", B: \"${PROXY_HOST}\" } },\n}\n");
        mojo.execute();
        assertThat(log.at("WARN")).as("unknown environment: nothing reported missing").isEmpty();

        write("deploy.env", "# the gateway's environment\nAPI_TOKEN=sk-very-secret-value\n");
        mojo.envFile = new File("deploy.env");
        mojo.execute();
        assertThat(log.at("WARN")).singleElement().asString()
                .startsWith("openclaw.json:2:40: warning: Missing env var \"PROXY_HOST\"").endsWith("[missing-env-var]");
        assertThat(String.join("\n", log.lines)).doesNotContain("sk-very-secret-value");
        assertThat(Files.readString(base.resolve("target/clawlint/clawlint.json"))).doesNotContain("sk-very-secret-value");
    }

    @Test
    void aBrokenEnvFileIsAnExecutionErrorNamingTheLine() throws Exception {
        write("openclaw.json", CLEAN);
        write("deploy.env", "API_TOKEN=x\nthis is not a dotenv line\n");
        mojo.envFile = new File("deploy.env");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("deploy.env:2: expected NAME=VALUE");
    }

    @Test
    void anUnknownRuleIdInRulesIsAnExecutionErrorNamingTheClosestIds() throws Exception {
        write("openclaw.json", CLEAN);
        mojo.rules = List.of("local-timout=off");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("unknown rule id 'local-timout' (closest: local-timeout,");
        assertThat(base.resolve("target/clawlint/clawlint.json")).doesNotExist();
    }

    @Test
    void skipChecksNothingAndWritesNoReport() throws Exception {
        write("openclaw.json", BAD);
        mojo.skip = true;
        mojo.execute();
        assertThat(log.lines).containsExactly("INFO clawlint: skipped");
        assertThat(base.resolve("target")).doesNotExist();
    }

    @Test
    void aProjectWithoutConfigsPassesAndSaysSoOnce() throws Exception {
        write("README.md", "no configs here");
        mojo.execute();
        assertThat(log.lines).containsExactly("INFO clawlint: no OpenClaw config files in " + base.toFile());
    }

    @Test
    void failIfNoFilesMakesAProjectWithoutConfigsFail() {
        mojo.failIfNoFiles = true;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no OpenClaw config files").hasMessageContaining("failIfNoFiles");
    }

    @Test
    void theDefaultPatternsFindConfigsButNotBuildOutputOrOtherModules() throws Exception {
        for (String f : List.of("openclaw.json", "deploy/openclaw.json", "deploy/prod.openclaw.json",
                "edge/openclaw.json5", "target/openclaw.json", "module/openclaw.json", "notes/other.json")) {
            write(f, BAD);
        }
        write("module/pom.xml", "<project/>");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).extracting(l -> l.substring(0, l.indexOf(':')))
                .containsExactly("deploy/openclaw.json", "deploy/prod.openclaw.json", "edge/openclaw.json5", "openclaw.json");
    }

    @Test
    void includesReplaceTheDefaultsAndExcludesWin() throws Exception {
        write("conf/a.json5", BAD);
        write("conf/b.json5", BAD);
        write("conf/old/c.json5", BAD);
        write("openclaw.json", BAD);
        mojo.includes = List.of("conf/**/*.json5");
        mojo.excludes = List.of("conf/old/", "**/b.json5");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).singleElement().asString().startsWith("conf/a.json5:3:3:");
    }

    @Test
    void namedFilesAreCheckedWithoutSearching() throws Exception {
        write("openclaw.json", BAD);
        write("gateway/config.json5", CLEAN);
        mojo.files = List.of(new File("gateway/config.json5"));
        mojo.execute();
        assertThat(report("target/clawlint/clawlint.json").at("/files").findValuesAsString("file"))
                .containsExactly("gateway/config.json5");
    }

    @Test
    void aMissingNamedFileIsAnExecutionError() {
        mojo.files = List.of(new File("nope.json"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("clawlint: ").hasMessageContaining("nope.json: This file cannot be read: no such file");
    }

    @Test
    void brokenSettingsAreExecutionErrorsNamingTheSetting() throws Exception {
        write("openclaw.json", CLEAN);
        mojo.rules = List.of("unknown-key");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("bad plugin configuration").hasMessageContaining("'unknown-key' is not RULE=SEVERITY");
        mojo.rules = List.of();
        mojo.failOnSeverity = "fatal";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("unknown severity 'fatal'");
        mojo.failOnSeverity = "error";
        mojo.target = "1999.1";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("1999.1");
        mojo.target = "latest";
        mojo.format = "xml";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("unknown format 'xml'");
        mojo.format = "json";
        mojo.maxWarnings = -2;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("maxWarnings");
    }

    @Test
    void sarifGoesToItsOwnDefaultFileAndOutputFileMovesIt() throws Exception {
        write("openclaw.json", CLEAN);
        mojo.format = "sarif";
        mojo.execute();
        assertThat(report("target/clawlint/clawlint.sarif").at("/version").asString()).isEqualTo("2.1.0");
        mojo.format = "github";
        mojo.outputFile = new File("reports/clawlint.txt");
        mojo.execute();
        assertThat(base.resolve("reports/clawlint.txt")).hasContent("0 errors, 0 warnings, 0 infos in 1 file, for OpenClaw 2026.9"
                + " (judged by 2026.9.6; " + TargetChoice.choose(null, null).reason() + ")");
    }

    @Test
    void sarifUrisAreRelativeToTheProjectsBaseDirectoryAndTheXmlFormatsGetTheirOwnFiles() throws Exception {
        write("conf/openclaw.json", "{\n  \"gateway\": {\"port\": 18789},\n  \"frobnicate\": true\n}\n");
        mojo.format = "sarif";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        JsonNode run = report("target/clawlint/clawlint.sarif").at("/runs/0");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString()).isEqualTo(base.toAbsolutePath().toUri().toString());
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("conf/openclaw.json");
        mojo.format = "junit";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(Files.readString(base.resolve("target/clawlint/clawlint.junit.xml"))).contains("<testsuite name=\"conf/openclaw.json\"");
        mojo.format = "checkstyle";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(Files.readString(base.resolve("target/clawlint/clawlint.checkstyle.xml"))).contains("source=\"clawlint.unknown-key\"");
    }

    @Test
    void theWholeFileIsCheckedByTheBundledReleaseOrByAnUpstreamSchema() throws Exception {
        write("openclaw.json", "{\n  gateway: { port: \"not-a-number\" },\n}\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).singleElement().asString().startsWith("openclaw.json:2:").contains("OpenClaw 2026.9 rejects")
                .endsWith("[invalid-type]");
        write("upstream.json", "{\"type\": \"object\", \"properties\": {\"gateway\": {\"type\": \"object\","
                + " \"properties\": {\"port\": {\"type\": \"string\"}, \"bind\": {\"type\": \"number\"}}}}}");
        write("openclaw.json", "{\n  gateway: { port: \"not-a-number\", bind: \"lan\" },\n}\n");
        mojo.upstreamSchema = new java.io.File("upstream.json");
        RecordingLog upstreamLog = new RecordingLog();
        mojo.setLog(upstreamLog);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(upstreamLog.at("ERROR")).singleElement().asString().startsWith("openclaw.json:2:")
                .contains("per the supplied upstream schema").endsWith("[invalid-type]");
    }

    @Test
    void aMissingUpstreamSchemaIsAnExecutionError() throws Exception {
        write("openclaw.json", CLEAN);
        mojo.upstreamSchema = new java.io.File("nope.json");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("nope.json");
    }

    @Test
    void vramGbEnablesTheHardwareFitRule() throws Exception {
        String big = "{\n  models: { providers: { ollama: { baseUrl: \"http://127.0.0.1:11434\", api: \"ollama\","
                + " apiKey: \"ollama-local\", timeoutSeconds: 300,\n    models: [{ id: \"llama3.3:70b-instruct-q8_0\","
                + " name: \"llama3.3:70b\", contextWindow: 32768, params: { num_ctx: 32768 } }] } } },\n}\n";
        write("openclaw.json", big);
        mojo.execute();
        assertThat(String.join("\n", log.at("WARN"))).doesNotContain("[hardware-fit]");
        mojo.vramGb = "8";
        mojo.execute();
        assertThat(log.at("WARN")).anySatisfy(line -> assertThat(line).startsWith("openclaw.json:").endsWith("[hardware-fit]"));
    }

    @Test
    void aVramGbThatIsNotANumberIsAnExecutionError() throws Exception {
        write("openclaw.json", CLEAN);
        mojo.vramGb = "lots";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("lots");
    }

    @Test
    void upgradeToLogsTheAuditAndFailsWhenThatReleaseWouldRefuseAFile() throws Exception {
        // a legacy two-agent roster: fine for OpenClaw 2026.7, refused by 2026.9 without agents.ownership
        write("openclaw.json", "{\n  agents: { list: [{ id: \"main\" }, { id: \"helper\" }] },\n}\n");
        mojo.target = "2026.7";
        mojo.execute();
        mojo.upgradeTo = "2026.9";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("clawlint: OpenClaw 2026.9 would refuse 1 of 1 config file(s) after the upgrade (upgradeTo)");
        assertThat(log.at("INFO")).anySatisfy(line -> assertThat(line).startsWith("clawlint:   openclaw.json:2:13: error: ")
                .endsWith("[agents-list] (`clawlint fix --target 2026.9` fixes it)"));
        mojo.upgradeTo = "2030.1";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("upgradeTo");
    }
}
