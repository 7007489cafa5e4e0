package dev.clawlint.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schema (draft-07) for {@code openclaw.json}, as shipped in this module's jar.
 *
 * <p>Editors use the file directly; the lint engine loads it from the classpath by its {@link #ID},
 * so validation never touches the network.
 */
public final class ClawlintSchema {
    /** The schema's stable {@code $id}. */
    public static final String ID = "https://clawlint.dev/schema/openclaw.schema.json";
    /** The URI prefix that maps onto {@link #RESOURCE_FOLDER} on the classpath. */
    public static final String ID_PREFIX = "https://clawlint.dev/schema/";
    /** Classpath folder (no leading slash) that holds the schema. */
    public static final String RESOURCE_FOLDER = "dev/clawlint/schema/";
    /** Classpath resource path of the schema (no leading slash). */
    public static final String RESOURCE = RESOURCE_FOLDER + "openclaw.schema.json";

    private ClawlintSchema() {}

    /** The schema text, read from this module's jar. */
    public static String text() {
        try (InputStream in = ClawlintSchema.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
