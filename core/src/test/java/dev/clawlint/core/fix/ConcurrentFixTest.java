package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two fixes of one file at once (issue #16): at most one writes, the other says so. */
class ConcurrentFixTest {
    @TempDir
    Path dir;

    @Test
    void whileOneFixIsWritingTheOtherDoesNotWriteAndSaysWhy() throws Exception {
        Path file = dir.resolve("openclaw.json");
        byte[] original = "{}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, original);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicWrite slow = new AtomicWrite((path, bytes) -> {
            writing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            AtomicWrite.DEFAULT.write(path, bytes);
        });
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                slow.replace(file, original, "{ a: 1 }\n".getBytes(StandardCharsets.UTF_8));
            } catch (FixWriteException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        // both read the same text, so the compare alone would let the second one write too
        assertThatThrownBy(() -> new AtomicWrite().replace(file, original, "{ b: 2 }\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FixWriteException.class)
                .hasMessage(file + ": another clawlint fix is writing it; not written (run clawlint fix again once it is done)");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(Files.readString(file)).isEqualTo("{ a: 1 }\n");
    }
}
