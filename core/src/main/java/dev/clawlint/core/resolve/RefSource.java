package dev.clawlint.core.resolve;

/**
 * A model reference as found in the document, before it is resolved.
 *
 * @param written the text as written
 * @param ref the reference it stands for (the guide's {@code brain.provider} + {@code brain.model}
 *     joined into {@code provider/model}; else {@code written})
 * @param origin where it was written
 */
record RefSource(String written, String ref, Origin origin) {
    static RefSource of(String written, Origin origin) {
        return new RefSource(written, written, origin);
    }
}
