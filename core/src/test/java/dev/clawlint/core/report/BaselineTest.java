package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.lint.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline holds the findings a team accepted: a later run reports only new ones, whatever moved around them, and
 * lists the entries nothing matches any more.
 */
class BaselineTest {
    /** Two unknown keys (errors) and a short local timeout (a warning) on the same provider. */
    private static final String LEGACY = """
            {
              "gateway": { "port": 18789, "frobnicate": true },
              "models": { "providers": { "lab": {
                "baseUrl": "http://127.0.0.1:8080/v1", "api": "openai-completions", "apiKey": "sk-live-0123456789abcdefABCDEF0123",
                "timeoutSeconds": 5,
                "models": [ { "id": "qwen3-32b", "name": "Qwen3 32B", "contextWindow": 32768 } ] } } },
              "tools": { "wibble": 1 }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aRunAgainstItsOwnBaselineReportsNothing() throws Exception {
        Path config = write("openclaw.json", LEGACY);
        CheckResult before = check(config);
        assertThat(before.diagnostics()).hasSizeGreaterThanOrEqualTo(3);
        Baseline.Applied applied = roundTrip(before).apply(before);
        assertThat(applied.result().diagnostics()).isEmpty();
        assertThat(applied.matched()).isEqualTo(before.diagnostics().size());
        assertThat(applied.stale()).isEmpty();
        assertThat(applied.result().failed()).isFalse();
    }

    @Test
    void linesAddedAboveKeepEveryEntryMatching() throws Exception {
        Path config = write("openclaw.json", LEGACY);
        Baseline baseline = roundTrip(check(config));
        write("openclaw.json", "\n\n" + LEGACY.replace("{\n  \"gateway\"", "{\n  // tuned on the box under the desk\n  \"gateway\""));
        Baseline.Applied applied = baseline.apply(check(config));
        assertThat(applied.result().diagnostics()).isEmpty();
        assertThat(applied.stale()).isEmpty();
    }

    @Test
    void aChangedValueIsNewAndItsOldEntryIsStale() throws Exception {
        Path config = write("openclaw.json", LEGACY);
        Baseline baseline = roundTrip(check(config));
        write("openclaw.json", LEGACY.replace("\"timeoutSeconds\": 5", "\"timeoutSeconds\": 3"));
        Baseline.Applied applied = baseline.apply(check(config));
        assertThat(applied.result().diagnostics()).extracting(Diagnostic::ruleId).containsExactly("local-timeout");
        assertThat(applied.stale()).extracting(Baseline.Entry::rule).containsExactly("local-timeout");
    }

    @Test
    void aFixedFindingLeavesAStaleEntryAndANewOneIsReported() throws Exception {
        Path config = write("openclaw.json", LEGACY);
        Baseline baseline = roundTrip(check(config));
        write("openclaw.json", LEGACY.replace("\"tools\": { \"wibble\": 1 }", "\"tools\": { \"wobble\": 1 }"));
        Baseline.Applied applied = baseline.apply(check(config));
        assertThat(applied.result().diagnostics()).extracting(Diagnostic::pointer).containsExactly("/tools/wobble");
        assertThat(applied.stale()).extracting(Baseline.Entry::pointer).containsExactly("/tools/wibble");
    }

    @Test
    void equalFindingsNeedAnEntryEach() throws Exception {
        Path config = write("openclaw.json", LEGACY);
        CheckResult once = check(config);
        Baseline baseline = roundTrip(once);
        CheckResult twice = new CheckResult(List.of(once.files().get(0), once.files().get(0)), once.failOn());
        assertThat(baseline.apply(twice).result().diagnostics()).hasSameSizeAs(once.diagnostics());
    }

    @Test
    void filesAreNamedRelativeToTheBaselineAndNoSecretIsWritten() throws Exception {
        Path config = write("openclaw.json", LEGACY);
        Path file = dir.resolve("ci").resolve("clawlint-baseline.json");
        String json = Baseline.of(check(config), file).toJson();
        assertThat(json).contains("\"file\" : \"../openclaw.json\"").doesNotContain("sk-live").doesNotContain(dir.toString());
    }

    @Test
    void aFileThatIsNoBaselineIsRefusedWithItsName() throws IOException {
        assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
                .isInstanceOf(Baseline.BaselineException.class).hasMessageContaining("missing.json: no such baseline file");
        Path notJson = write("a.json", "{ nope");
        assertThatThrownBy(() -> Baseline.read(notJson)).hasMessageContaining("a.json:1:")
                .hasMessageContaining("not a clawlint baseline (it does not parse: ");
        Path report = write("b.json", "{\"files\": []}");
        assertThatThrownBy(() -> Baseline.read(report)).hasMessageContaining("b.json: not a clawlint baseline (no \"kind\"");
        Path broken = write("c.json", "{\"kind\": \"clawlint-baseline\", \"version\": 1, \"findings\": [{\"rule\": \"x\"}]}");
        assertThatThrownBy(() -> Baseline.read(broken)).hasMessageContaining("c.json: finding 1 needs");
        assertThatThrownBy(() -> Baseline.read(Path.of("/dev/zero"))).as("an endless device stops at the limit")
                .hasMessageContaining("/dev/zero: cannot read the baseline: it is larger than the");
        Path binary = dir.resolve("e.json");
        Files.write(binary, new byte[] {'{', (byte) 0xC3, '}'});
        assertThatThrownBy(() -> Baseline.read(binary)).hasMessageContaining("e.json: cannot read the baseline: ")
                .hasMessageContaining("a baseline must be UTF-8 text");
        Path future = write("d.json", "{\"kind\": \"clawlint-baseline\", \"version\": 9, \"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(future)).hasMessageContaining("baseline version 9 is not one");
    }

    /** Writes the run's baseline next to the config and reads it back, as two CLI runs would. */
    private Baseline roundTrip(CheckResult result) throws Exception {
        Path file = dir.resolve("clawlint-baseline.json");
        Files.writeString(file, Baseline.of(result, file).toJson(), StandardCharsets.UTF_8);
        return Baseline.read(file);
    }

    private CheckResult check(Path config) throws Exception {
        return new Clawlint().check(CheckRequest.of(List.of(config)));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
