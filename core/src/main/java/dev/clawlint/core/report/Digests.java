package dev.clawlint.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The short content hashes reports use to recognise a finding again (SARIF fingerprints, baselines). */
final class Digests {
    private Digests() {}

    /** The first 128 bits of the SHA-256 of the text's UTF-8 bytes, in hex. */
    static String sha256Prefix(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
