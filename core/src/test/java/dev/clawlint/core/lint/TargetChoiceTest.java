package dev.clawlint.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.tree.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which release judges a file: the one asked for, else the one that wrote it, else the newest. */
class TargetChoiceTest {
    private static Document withVersion(String version) {
        String text = "{meta: {lastTouchedVersion: \"" + version + "\"}}";
        Document doc = new ConfigLoader().load(text.getBytes(StandardCharsets.UTF_8), Path.of("openclaw.json5"),
                "openclaw.json5", Environment.unknown()).document();
        assertThat(doc).isNotNull();
        return doc;
    }

    private static TargetChoice chosen(String version) {
        return TargetChoice.choose(null, withVersion(version));
    }

    @Test
    void theReleaseThatWroteTheFileMapsToItsLine() {
        assertThat(chosen("2026.4.15").target()).isEqualTo(TargetVersion.parse("2026.4"));
        assertThat(chosen("2026.4.15").reason()).isEqualTo("meta.lastTouchedVersion is 2026.4.15");
        assertThat(chosen("2026.3.2-beta.1").target()).isEqualTo(TargetVersion.parse("2026.3"));
        assertThat(chosen("2026.2.21-2").target()).isEqualTo(TargetVersion.parse("2026.2"));
    }

    @Test
    void aReleaseNewerThanEveryLineIsJudgedByTheNewestOlderOne() {
        assertThat(chosen("2026.12.1").target()).isEqualTo(TargetVersion.LATEST);
        assertThat(chosen("2027.1.0").target()).isEqualTo(TargetVersion.LATEST);
    }

    @Test
    void anOlderOrUnreadableVersionFallsBackToTheNewestAndSaysWhy() {
        assertThat(chosen("2025.12.1").target()).isEqualTo(TargetVersion.LATEST);
        assertThat(chosen("2025.12.1").reason()).contains("\"2025.12.1\" is not a release clawlint supports (2026.2 or later)");
        TargetChoice junk = chosen("sk-live-0123456789abcdef");
        assertThat(junk.target()).isEqualTo(TargetVersion.LATEST);
        assertThat(junk.reason()).doesNotContain("sk-live").contains("is not a release clawlint supports");
    }

    @Test
    void aRequestedTargetWinsAndAFileWithoutMetaGetsTheNewest() {
        assertThat(TargetChoice.choose(TargetVersion.parse("2026.7"), withVersion("2026.4.1")))
                .isEqualTo(new TargetChoice(TargetVersion.parse("2026.7"), TargetChoice.REQUESTED));
        assertThat(TargetChoice.choose(null, null).target()).isEqualTo(TargetVersion.LATEST);
        assertThat(TargetChoice.choose(null, null).describe())
                .isEqualTo("OpenClaw 2026.9 (judged by 2026.9.6; the newest release: the file has no meta.lastTouchedVersion)");
    }
}
