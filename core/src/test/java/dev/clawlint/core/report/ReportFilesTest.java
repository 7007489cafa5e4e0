package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void createsMissingDirectoriesAndWritesUtf8() throws Exception {
        Path file = dir.resolve("target/clawlint/report.json");
        ReportFiles.write(file, "héllo ✓\n");
        assertThat(Files.readString(file)).isEqualTo("héllo ✓\n");
    }

    @Test
    void replacesAnOlderReportAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "old report that is longer than the new one\n");
        ReportFiles.write(file, "new\n");
        assertThat(Files.readString(file)).isEqualTo("new\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNewReportIsReadableLikeBuildOutputAndAReplacedOneKeepsItsMode() throws Exception {
        Path report = dir.resolve("r.json");
        ReportFiles.write(report, "{}");
        if (!report.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        ReportFiles.write(report, "{ }");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aLoneSurrogateIsWrittenAsAQuestionMarkAsOnStandardOutput() throws Exception {
        // a "\\ud800" escape in a config reaches messages as a lone surrogate; it used to fail the whole -o report
        Path file = dir.resolve("report.txt");
        ReportFiles.write(file, "api is \"\ud800x\"\n");
        assertThat(Files.readString(file)).isEqualTo("api is \"?x\"\n");
    }
}
