package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's findings are findings like any other: {@code --rule ID=off} and suppression comments
 * apply to them. A rule id nobody knows is a usage error naming the closest ids, in every command.
 */
class RuleIdsAndLoaderFindingsTest {
    private static final String BROKEN_INCLUDE = "{\n  \"$include\": \"./missing.json5\",\n  \"gateway\": { \"mode\": \"local\" }\n}\n";

    @TempDir
    Path dir;

    private String write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void aBrokenIncludeIsAnErrorByDefault() throws Exception {
        CliRun run = CliRun.of("check", "--no-source", write("a.json5", BROKEN_INCLUDE));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("[include-error]");
    }

    @Test
    void includeErrorSwitchedOffReportsNothingAndExitsClean() throws Exception {
        CliRun run = CliRun.of("check", "--rule", "include-error=off", write("a.json5", BROKEN_INCLUDE));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).doesNotContain("include-error").contains("0 errors, 0 warnings, 0 infos in 1 file");
    }

    @Test
    void includeErrorCanBeDowngraded() throws Exception {
        CliRun run = CliRun.of("check", "--no-source", "--rule", "include-error=warning", write("a.json5", BROKEN_INCLUDE));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains(": warning: Failed to read include file").contains("[include-error]");
    }

    @Test
    void aSuppressionCommentSilencesAnIncludeError() throws Exception {
        String file = write("b.json5", BROKEN_INCLUDE.replace("{\n", "{\n  // clawlint-disable-next-line include-error -- generated elsewhere\n"));
        CliRun run = CliRun.of("check", file);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).doesNotContain("include-error");
    }

    @Test
    void anUnknownRuleIdInCheckIsAUsageErrorNamingTheClosestIds() throws Exception {
        CliRun run = CliRun.of("check", "--rule", "includ-error=off", write("a.json5", BROKEN_INCLUDE));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("unknown rule id 'includ-error' (closest: include-error,");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownRuleIdInFixIsAUsageErrorAndNothingIsWritten() throws Exception {
        String file = write("a.json5", BROKEN_INCLUDE);
        CliRun run = CliRun.of("fix", "--rule", "no-such-rule=off", file);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("unknown rule id 'no-such-rule' (closest: ");
        assertThat(Files.readString(Path.of(file))).isEqualTo(BROKEN_INCLUDE);
    }
}
