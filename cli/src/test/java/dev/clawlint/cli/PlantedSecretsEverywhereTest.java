package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.report.Reporters;
import dev.clawlint.fixtures.PlantedSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets of every kind planted in every position ({@link PlantedSecrets}): no command and no format prints any of
 * them, to standard output, to standard error, to {@code -o}, to a baseline or into the upgrade audit (issue #16).
 */
class PlantedSecretsEverywhereTest {
    @TempDir
    Path dir;

    private static void assertHidden(List<String> secrets, String what, String output) {
        for (String secret : secrets) {
            assertThat(output).as(what + " must not show " + secret).doesNotContain(secret);
        }
    }

    @Test
    void noCommandAndNoFormatPrintsAPlantedSecret() throws Exception {
        PlantedSecrets.Planted planted = PlantedSecrets.write(dir);
        String env = planted.envFile().toString();
        List<List<String>> commands = new ArrayList<>();
        for (String format : Reporters.NAMES) {
            commands.add(List.of("check", "--env-file", env, "--format", format));
            commands.add(List.of("check", "--env-file", env, "--no-source", "--format", format));
        }
        commands.add(List.of("check", "--env-file", env, "--upgrade-to", "2026.9"));
        commands.add(List.of("fix", "--env-file", env, "--dry-run"));
        for (String format : new String[] {"text", "json", "config"}) {
            commands.add(List.of("resolve", "--env-file", env, "--format", format));
            commands.add(List.of("resolve", "--env-file", env, "--show-origin", "--format", format));
        }
        int runs = 0;
        Path report = dir.resolve("report.out");
        for (Path file : planted.configs()) {
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(command);
                args.add(file.toString());
                CliRun run = CliRun.of(args.toArray(String[]::new));
                String what = String.join(" ", args);
                assertThat(run.exitCode()).as(what).isIn(0, 1, 2); // fix refuses a file that does not parse
                assertHidden(planted.secrets(), what, run.out() + run.err());
                runs++;
                if (command.get(0).equals("check")) {
                    List<String> toFile = new ArrayList<>(command);
                    toFile.addAll(List.of("-o", report.toString(), file.toString()));
                    CliRun written = CliRun.of(toFile.toArray(String[]::new));
                    assertHidden(planted.secrets(), what + " -o", Files.readString(report) + written.err());
                }
            }
            Path baseline = dir.resolve("baseline.json");
            CliRun wrote = CliRun.of("check", "--env-file", env, "--write-baseline", baseline.toString(), file.toString());
            assertHidden(planted.secrets(), "--write-baseline " + file, Files.readString(baseline) + wrote.out() + wrote.err());
        }
        assertThat(runs).isEqualTo(planted.configs().size() * commands.size());
        assertThat(planted.secrets()).hasSizeGreaterThan(50);
    }
}
