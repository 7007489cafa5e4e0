package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.Fixtures;
import dev.clawlint.fixtures.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files CI systems read from this repository call clawlint the way it works: the composite action's command line
 * runs and writes its SARIF report, and the pre-commit hook picks exactly the config files a directory check finds.
 */
class CiIntegrationFilesTest {
    private static final Path ROOT = Fixtures.repositoryRoot();

    @TempDir
    Path dir;

    @Test
    void theActionsCheckStepRunsAndWritesItsSarifReport() throws IOException {
        String action = Files.readString(ROOT.resolve("action.yml"));
        Matcher line = Pattern.compile("\"\\$GITHUB_ACTION_PATH/clawlint\" (check .*)").matcher(action);
        assertThat(line.find()).as("the check step of action.yml").isTrue();
        Path config = TestFiles.write(dir, "openclaw.json", "{\n  \"gateway\": {\"port\": 18789, \"frobnicate\": true}\n}\n");
        Path sarif = dir.resolve("clawlint.sarif");
        List<String> args = new ArrayList<>();
        for (String word : line.group(1).split(" ")) {
            args.add(word.replace("$FILES", config.toString()).replace("\"sarif=$SARIF\"", "sarif=" + sarif));
        }
        args.removeIf(a -> a.equals("$ARGS"));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("::error file=");
        assertThat(sarif).content().contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"unknown-key\"");
    }

    @Test
    void thePreCommitHookPicksTheFilesADirectoryCheckFinds() throws IOException {
        String hooks = Files.readString(ROOT.resolve(".pre-commit-hooks.yaml"));
        Matcher files = Pattern.compile("(?m)^\\s*files: (.+)$").matcher(hooks);
        assertThat(files.find()).isTrue();
        Pattern picked = Pattern.compile(files.group(1).trim());
        for (String name : List.of("openclaw.json", "deploy/openclaw.json5", "team/prod.openclaw.json", "clawdbot.json")) {
            assertThat(picked.matcher(name).find()).as(name).isTrue();
        }
        for (String name : List.of("openclaw.json.bak", "notopenclaw.json", "package.json", "deploy/openclaw.yaml")) {
            assertThat(picked.matcher(name).find()).as(name).isFalse();
        }
        assertThat(hooks).contains("entry: clawlint check");
    }
}
