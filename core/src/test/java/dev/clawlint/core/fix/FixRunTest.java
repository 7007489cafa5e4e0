package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing fixed files: atomically, only when safe, and never leaking secrets into the diff. */
class FixRunTest {
    private static final String GUIDE = "{\n  \"heartbeat\": {\n    \"model\": \"ollama/qwen3:8b\"\n  }\n}\n";
    private static final String FIXED = "{\n  \"agents\": {\n    \"defaults\": {\n      \"heartbeat\": {\n"
            + "        \"model\": \"ollama/qwen3:8b\"\n      }\n    }\n  }\n}\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static FixRun run(AtomicWrite writer) {
        return new FixRun(BuiltInRules.all(), FixTesting.SCHEMA, writer);
    }

    @Test
    void writesInPlaceKeepingPermissionsAndLeavingNoTemporaryFile() throws IOException {
        Path file = write("openclaw.json", GUIDE);
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, perms);
        FixFileResult r = new FixRun().run(FixRequest.of(List.of(file))).get(0);
        assertThat(r.error()).isNull();
        assertThat(r.written()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(FIXED);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(perms);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void throughASymbolicLinkTheTargetIsReplacedAndTheLinkKept() throws IOException {
        Path real = write("real.json", GUIDE);
        Path link = Files.createSymbolicLink(dir.resolve("openclaw.json"), real.getFileName());
        FixFileResult r = new FixRun().run(FixRequest.of(List.of(link))).get(0);
        assertThat(r.written()).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(FIXED);
    }

    @Test
    void aDryRunPrintsTheDiffAndWritesNothing() throws IOException {
        Path file = write("openclaw.json", GUIDE);
        FixRequest dry = new FixRequest(List.of(file), FixRequest.of(List.of()).target(), FixRequest.of(List.of()).environment(),
                FixRequest.of(List.of()).ruleSettings(), Set.of(), true);
        FixFileResult r = new FixRun().run(dry).get(0);
        assertThat(r.written()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(GUIDE);
        assertThat(r.diff()).contains("-  \"heartbeat\": {", "+  \"agents\": {");
    }

    @Test
    void aFailureWhileWritingLeavesTheOriginalUntouched() throws IOException {
        Path file = write("openclaw.json", GUIDE);
        AtomicWrite failing = new AtomicWrite((path, bytes) -> {
            Files.write(path, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("disk full");
        });
        FixFileResult r = run(failing).run(FixRequest.of(List.of(file))).get(0);
        assertThat(r.written()).isFalse();
        assertThat(r.error()).contains("disk full", "the file is unchanged");
        assertThat(Files.readString(file)).isEqualTo(GUIDE);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesAFileThatChangedSinceItWasRead() throws IOException {
        Path other = write("other.json", GUIDE);
        byte[] read = Files.readAllBytes(other);
        Files.writeString(other, GUIDE + "\n");
        try {
            new AtomicWrite().replace(other, read, FIXED.getBytes(StandardCharsets.UTF_8));
            org.junit.jupiter.api.Assertions.fail("wrote a file that changed since it was read");
        } catch (FixWriteException e) {
            assertThat(e.getMessage()).contains("changed since clawlint read it");
        }
        assertThat(Files.readString(other)).isEqualTo(GUIDE + "\n");
    }

    @Test
    void refusesAFileItCannotParse() throws IOException {
        Path file = write("broken.json", "{ \"heartbeat\": { ");
        FixFileResult r = new FixRun().run(FixRequest.of(List.of(file))).get(0);
        assertThat(r.error()).contains("cannot fix a file that does not parse", "[parse-error]", "the file is unchanged");
        assertThat(Files.readString(file)).isEqualTo("{ \"heartbeat\": { ");
        FixFileResult missing = new FixRun().run(FixRequest.of(List.of(dir.resolve("nope.json")))).get(0);
        assertThat(missing.error()).endsWith("no such file");
    }

    @Test
    void keepsAByteOrderMark() throws IOException {
        Path file = dir.resolve("bom.json");
        byte[] body = GUIDE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        new FixRun().run(FixRequest.of(List.of(file)));
        byte[] after = Files.readAllBytes(file);
        assertThat(after[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(after, 3, after.length - 3, StandardCharsets.UTF_8)).isEqualTo(FIXED);
    }

    @Test
    void theDiffNeverShowsASecretValue() throws IOException {
        String text = "{\n  \"models\": {\n    \"providers\": {\n      \"x\": {\n        \"apiKey\": \"sk-live-0123456789abcdef\",\n"
                + "        \"type\": \"ollama\",\n        \"baseUrl\": \"http://h:11434\",\n        \"models\": []\n      }\n    }\n  }\n}\n";
        Path file = write("secret.json", text);
        FixRequest dry = new FixRequest(List.of(file), FixRequest.of(List.of()).target(), FixRequest.of(List.of()).environment(),
                FixRequest.of(List.of()).ruleSettings(), Set.of(), true);
        FixFileResult r = new FixRun().run(dry).get(0);
        assertThat(r.diff()).contains("+        \"api\": \"ollama\",").doesNotContain("sk-live-0123456789abcdef");
        assertThat(r.diff()).contains("\"apiKey\": \"<redacted>\"");
    }

    @Test
    void onlyTheNamedRulesFix() throws IOException {
        Path file = write("two.json", "{\n  \"heartbeat\": { \"model\": \"a/b\" },\n  \"agents\": { \"defaults\": { \"model\": { \"fallback\": \"c/d\" } } }\n}\n");
        FixRequest only = new FixRequest(List.of(file), FixRequest.of(List.of()).target(), FixRequest.of(List.of()).environment(),
                FixRequest.of(List.of()).ruleSettings(), Set.of("fallback-singular"), false);
        FixFileResult r = new FixRun().run(only).get(0);
        assertThat(r.outcome().applied()).extracting(AppliedFix::ruleId).containsExactly("fallback-singular");
        assertThat(Files.readString(file)).contains("\"heartbeat\": { \"model\": \"a/b\" }", "\"fallbacks\": [\"c/d\"]");
    }
}
