package dev.clawlint.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where the clawlint configuration schema lives on the classpath, and how to read it. */
public final class ConfigSchema {
    /** The schema's {@code $id}. */
    public static final String ID = "https://clawlint.example/schema/config.schema.json";
    /** Classpath resource path (no leading slash, for ClassLoader look-ups). */
    public static final String RESOURCE = "dev/clawlint/schema/config.schema.json";

    private ConfigSchema() {}

    /** The schema text, read from this module's jar. */
    public static String text() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
