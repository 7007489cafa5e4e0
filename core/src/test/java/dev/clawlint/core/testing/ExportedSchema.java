package dev.clawlint.core.testing;

import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.schema.UpstreamSchemaException;
import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * OpenClaw 2026.9.6's own {@code openclaw config schema} output, kept gzipped in
 * {@code src-test-fixtures/data/upstream/}: what a user passes with {@code --upstream-schema}. Loaded through
 * {@link UpstreamSchema#load}, the path users take, from a temporary copy.
 */
public final class ExportedSchema {
    private static final String NAME = "openclaw-2026.9.6.schema.json";
    private static @Nullable UpstreamSchema loaded;

    private ExportedSchema() {}

    /** The prepared upstream schema (read once per test JVM). */
    public static synchronized UpstreamSchema openClaw2026_9() {
        if (loaded == null) {
            Path gz = Fixtures.data("upstream").resolve(NAME + ".gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                Path file = Files.createTempFile("clawlint-upstream", ".json");
                try {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    loaded = UpstreamSchema.load(file);
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UpstreamSchemaException e) {
                throw new IllegalStateException(e);
            }
        }
        return loaded;
    }
}
