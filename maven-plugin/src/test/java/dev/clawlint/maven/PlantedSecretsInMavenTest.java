package dev.clawlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.report.Reporters;
import dev.clawlint.fixtures.PlantedSecrets;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets of every kind planted in every position ({@link PlantedSecrets}) never reach the Maven log, a failure's
 * message or any file the goals write: check in every format with its SARIF report and a baseline, fix as a dry run,
 * and resolve (issue #16).
 */
class PlantedSecretsInMavenTest {
    @TempDir
    Path base;

    @Test
    void noGoalLogsOrWritesAPlantedSecret() throws Exception {
        PlantedSecrets.Planted planted = PlantedSecrets.write(base);
        int runs = 0;
        for (Path config : planted.configs()) {
            for (String format : Reporters.NAMES) {
                CheckMojo check = project(new CheckMojo());
                check.files = List.of(config.toFile());
                check.envFile = planted.envFile().toFile();
                check.format = format;
                check.writeBaseline = base.resolve("target/clawlint/baseline.json").toFile();
                runs += run(check, planted, config + " check " + format);
            }
            FixMojo fix = project(new FixMojo());
            fix.files = List.of(config.toFile());
            fix.envFile = planted.envFile().toFile();
            fix.dryRun = true;
            runs += run(fix, planted, config + " fix");
            ResolveMojo resolve = project(new ResolveMojo());
            resolve.files = List.of(config.toFile());
            resolve.envFile = planted.envFile().toFile();
            resolve.outputDirectory = base.resolve("target/clawlint").toFile();
            runs += run(resolve, planted, config + " resolve");
        }
        assertThat(runs).isEqualTo(planted.configs().size() * (Reporters.NAMES.size() + 2));
    }

    private <M extends AbstractConfigMojo> M project(M mojo) {
        mojo.baseDirectory = base.toFile();
        mojo.buildDirectory = base.resolve("target").toFile();
        return mojo;
    }

    /** Runs one goal; its log, its failure's message and every file under target/ must hold no planted secret. */
    private int run(AbstractConfigMojo mojo, PlantedSecrets.Planted planted, String what) throws IOException {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        StringBuilder seen = new StringBuilder();
        try {
            mojo.execute();
        } catch (AbstractMojoExecutionException e) {
            seen.append(e.getMessage()).append('\n').append(e.getLongMessage()).append('\n');
        }
        seen.append(String.join("\n", log.lines));
        Path target = base.resolve("target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.walk(target)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    seen.append('\n').append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        for (String secret : planted.secrets()) {
            assertThat(seen.toString()).as(what + " must not show " + secret).doesNotContain(secret);
        }
        deleteTree(target.toFile());
        return 1;
    }

    private static void deleteTree(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
