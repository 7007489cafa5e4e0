package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileUrisTest {
    @Test
    void relativeNamesKeepTheirSlashesAndEncodeTheRest() {
        assertThat(FileUris.of("a b/ü#1?.json")).isEqualTo(new FileUris.Located("a%20b/%C3%BC%231%3F.json", true));
        assertThat(FileUris.of("100%.json").uri()).isEqualTo("100%25.json");
        assertThat(FileUris.of("c:odd.json").uri()).isEqualTo("c%3Aodd.json");
    }

    @Test
    void absoluteNamesBecomeFileUris() {
        Path abs = Path.of("/srv/open claw/openclaw.json").toAbsolutePath();
        assertThat(FileUris.of(abs.toString())).isEqualTo(new FileUris.Located(abs.toUri().toString(), false));
    }
}
