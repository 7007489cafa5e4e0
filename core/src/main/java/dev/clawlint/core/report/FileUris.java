package dev.clawlint.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Turns the file names findings carry into URIs for formats that want them (SARIF). */
final class FileUris {
    /**
     * @param uri an absolute {@code file:} URI, or a relative reference with {@code /} separators
     * @param relative whether {@link #uri} is relative to the directory the files were named from
     */
    record Located(String uri, boolean relative) {}

    private FileUris() {}

    /** The URI of a file name as the user gave it, relative to the working directory when it is inside it. */
    static Located of(String file) {
        return of(file, Path.of(""));
    }

    /**
     * The URI of a file name: relative to {@code base} (with {@code /} separators and never a {@code ..}) when the
     * file is inside it, else an absolute {@code file:} URI. A relative name is taken relative to {@code base}
     * (the working directory the user named it from, or the Maven project whose files have names relative to it).
     */
    static Located of(String file, Path base) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return new Located(encode(file), true);
        }
        Path root = base.toAbsolutePath().normalize();
        Path absolute = root.resolve(path).normalize();
        if (absolute.startsWith(root)) {
            return new Located(encode(root.relativize(absolute).toString().replace('\\', '/')), true);
        }
        return new Located(absolute.toUri().toString(), false);
    }

    /**
     * Percent-encodes every UTF-8 byte that RFC 3986 does not allow as-is in a path segment (space,
     * non-ASCII, {@code %}, {@code #}, {@code ?}, ...), keeping {@code /} as the separator. A
     * {@code :} is encoded too, so that a first segment like {@code c:} never reads as a scheme.
     */
    private static String encode(String relativePath) {
        StringBuilder out = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (UNRESERVED.indexOf(c) >= 0 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Besides letters and digits: RFC 3986 unreserved marks, sub-delimiters, {@code @} and {@code /}. */
    private static final String UNRESERVED = "-._~!$&'()*+,;=@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
