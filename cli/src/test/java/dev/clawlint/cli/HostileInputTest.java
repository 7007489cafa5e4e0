package dev.clawlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input through the command line (issue #16): one clear line and the right exit code, never a crash. */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path config(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEnvFileThatNeverEndsIsOneLineAndExitTwo() throws Exception {
        Path file = config("openclaw.json", "{}\n");
        for (String command : new String[] {"check", "fix", "resolve"}) {
            CliRun run = CliRun.of(command, "--env-file", "/dev/zero", file.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.ERROR);
            assertThat(run.err().strip()).as(command).doesNotContain("\n").doesNotContain("Exception")
                    .startsWith("clawlint: /dev/zero: cannot read the env file: it is larger than the");
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void everyUnusableEnvFileIsOneLineSayingWhyAndExitTwoInEveryCommand() throws Exception {
        Path file = config("openclaw.json", "{}\n");
        Path binary = dir.resolve("binary.env");
        byte[] noise = new byte[4096];
        new java.util.Random(16).nextBytes(noise);
        Files.write(binary, noise);
        java.util.Map<String, String> why = new java.util.LinkedHashMap<>();
        why.put("/dev/zero", "it is larger than the");
        why.put(binary.toString(), "invalid UTF-8");
        why.put(dir.resolve("missing.env").toString(), "no such file");
        why.put(dir.toString(), "it is a directory, not an env file");
        why.put("/proc/self/mem", "Input/output error"); // what an unreadable file gives even to root
        for (String command : new String[] {"check", "fix", "resolve"}) {
            why.forEach((env, words) -> {
                CliRun run = CliRun.of(command, "--env-file", env, file.toString());
                assertThat(run.exitCode()).as(command + " " + env).isEqualTo(ExitCodes.ERROR);
                assertThat(run.err().strip()).as(command + " " + env).doesNotContain("\n").doesNotContain("Exception")
                        .startsWith("clawlint: " + env + ": cannot read the env file: ").contains(words);
            });
        }
    }

    @Test
    void envFileErrorsNameNoExceptionClass() throws Exception {
        Path file = config("openclaw.json", "{}\n");
        Path latin1 = dir.resolve("latin1.env");
        Files.write(latin1, new byte[] {'A', '=', (byte) 0xE9, '\n'});
        for (Path env : new Path[] {latin1, dir.resolve("missing.env"), dir}) {
            CliRun run = CliRun.of("check", "--env-file", env.toString(), file.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").contains("cannot read the env file: ");
        }
    }

    @Test
    void aNumberBeyondTheLongRangeIsAFindingAndTheOtherFilesAreStillReported() throws Exception {
        Path huge = config("huge.json", "{ agents: { defaults: { maxConcurrent: 1e19 } } }\n");
        Path fine = config("fine.json", "{ agents: { defaults: { maxConcurrent: 2 } } }\n");
        CliRun run = CliRun.of("check", "--no-source", huge.toString(), fine.toString());
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("agents.defaults.maxConcurrent is 1e19, but it must be <= 9007199254740991")
                .contains("in 2 files");
    }

    @Test
    void aLoneSurrogateReachesAnOutputFileAsOnStandardOutput() throws Exception {
        Path file = config("openclaw.json", "{ models: { providers: { ollama: { baseUrl: \"http://127.0.0.1:11434\","
                + " api: \"\\ud800\", models: [] } } } }\n");
        for (String format : new String[] {"text", "json", "sarif", "github"}) {
            Path report = dir.resolve("report." + format);
            CliRun toFile = CliRun.of("check", "--format", format, "-o", report.toString(), file.toString());
            assertThat(toFile.err()).as(format).isEmpty();
            assertThat(toFile.exitCode()).as(format).isEqualTo(ExitCodes.FINDINGS);
            CliRun toStdout = CliRun.of("check", "--format", format, file.toString());
            String written = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
            assertThat(written).as(format).isEqualTo(new String(toStdout.out().getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
        }
    }
}
