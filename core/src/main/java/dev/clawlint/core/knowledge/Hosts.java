package dev.clawlint.core.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where a base URL points: the host classes OpenClaw treats as self-hosted (loopback, private
 * network, {@code *.local}, bare host names; docs/openclaw/local-backends.md#which-hosts-count-as-local) versus the public
 * internet.
 */
public final class Hosts {
    private Hosts() {}

    /** The kind of host a URL names. */
    public enum Kind {
        /** {@code localhost}, {@code 127.0.0.0/8}, {@code ::1}, {@code 0.0.0.0}. */
        LOOPBACK,
        /** RFC 1918 / link-local / unique-local addresses ({@code 10.x}, {@code 192.168.x}, {@code fd00::}...). */
        PRIVATE,
        /** An mDNS name ({@code gpu-box.local}). */
        MDNS,
        /** A name without dots ({@code gpu-server-1}): a LAN or container host. */
        BARE,
        /** Anything else that parses: the public internet. */
        PUBLIC,
        /** Not a URL with a host (empty, an unsubstituted {@code ${VAR}}, a typo). */
        UNKNOWN;

        /** Whether OpenClaw treats this host as self-hosted. */
        public boolean isLocal() {
            return this == LOOPBACK || this == PRIVATE || this == MDNS || this == BARE;
        }
    }

    /** The host a URL names, lower-cased and without IPv6 brackets, or null when it has none. */
    public static @Nullable String host(@Nullable String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return null;
        }
        String h = uri.getHost().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** The explicit port of a URL, or -1 when it names none or does not parse. */
    public static int port(@Nullable String url) {
        URI uri = parse(url);
        return uri == null ? -1 : uri.getPort();
    }

    /** The path of a URL without trailing slashes ({@code ""} for none or when it does not parse). */
    public static String path(@Nullable String url) {
        URI uri = parse(url);
        String p = uri == null || uri.getPath() == null ? "" : uri.getPath();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Classifies the host of a URL. */
    public static Kind classify(@Nullable String url) {
        String h = host(url);
        if (h == null || h.isEmpty()) {
            return Kind.UNKNOWN;
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0.0.0.0")
                || h.startsWith("127.")) {
            return Kind.LOOPBACK;
        }
        if (isPrivateIpv4(h) || h.startsWith("fc") && h.contains(":") || h.startsWith("fd") && h.contains(":")
                || h.startsWith("fe80:")) {
            return Kind.PRIVATE;
        }
        if (h.endsWith(".local")) {
            return Kind.MDNS;
        }
        if (!h.contains(".") && !h.contains(":")) {
            return Kind.BARE;
        }
        return Kind.PUBLIC;
    }

    private static boolean isPrivateIpv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        int[] o = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return false;
            }
            o[i] = Integer.parseInt(parts[i]);
        }
        return o[0] == 10
                || o[0] == 172 && o[1] >= 16 && o[1] <= 31
                || o[0] == 192 && o[1] == 168
                || o[0] == 169 && o[1] == 254
                || o[0] == 100 && o[1] >= 64 && o[1] <= 127; // carrier-grade NAT, as used by Tailscale
    }

    private static @Nullable URI parse(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new URI(url.trim());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
