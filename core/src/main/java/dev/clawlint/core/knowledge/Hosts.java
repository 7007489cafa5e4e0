package dev.clawlint.core.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where a base URL points: the host classes OpenClaw treats as self-hosted (loopback, private
 * network, {@code *.local}, bare host names, the container runtimes' names for the host machine;
 * docs/openclaw/local-backends.md#which-hosts-count-as-local), names reserved for private networks, and the
 * public internet.
 */
public final class Hosts {
    /**
     * The names Docker Desktop and OrbStack give the host machine inside a container, as OpenClaw's Ollama
     * support lists them (other runtimes' names, such as {@code host.containers.internal}, are private names).
     */
    private static final Set<String> CONTAINER_HOST_NAMES = Set.of("host.docker.internal", "host.orb.internal",
            "docker.orb.internal");

    /**
     * Suffixes that never reach the public internet: {@code .internal} (reserved by ICANN for private use),
     * {@code .home.arpa} (RFC 8375), {@code .lan} and {@code .localdomain} (home routers), {@code .ts.net}
     * (Tailscale; traffic goes through the tailnet's WireGuard tunnel).
     */
    private static final List<String> PRIVATE_SUFFIXES = List.of(".internal", ".home.arpa", ".lan", ".localdomain", ".ts.net");

    /**
     * The URLs parsed so far: the rules and the resolver ask for the host, port and path of the same few base URLs
     * many times per check, and parsing was a tenth of a warm check. Bounded: emptied when it reaches the limit.
     */
    private static final Map<String, Optional<URI>> PARSED = new ConcurrentHashMap<>();

    private static final int PARSED_LIMIT = 4096;

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
        /**
         * The host machine as a container sees it ({@code host.docker.internal}, {@code host.orb.internal},
         * {@code docker.orb.internal}): OpenClaw's Ollama support lists these names as local.
         */
        CONTAINER_HOST,
        /**
         * A name only a private network resolves or carries ({@code *.internal}, {@code *.lan},
         * {@code *.home.arpa}, {@code *.localdomain}) or a Tailscale MagicDNS name ({@code *.ts.net}, reached
         * through the tailnet's encrypted tunnel): not the public internet, though OpenClaw does not call it local.
         */
        PRIVATE_NAME,
        /** Anything else that parses: the public internet. */
        PUBLIC,
        /** Not a URL with a host (empty, an unsubstituted {@code ${VAR}}, a typo). */
        UNKNOWN;

        /** Whether OpenClaw treats this host as self-hosted. */
        public boolean isLocal() {
            return this == LOOPBACK || this == PRIVATE || this == MDNS || this == BARE || this == CONTAINER_HOST;
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
        if (CONTAINER_HOST_NAMES.contains(h)) {
            return Kind.CONTAINER_HOST;
        }
        for (String suffix : PRIVATE_SUFFIXES) {
            if (h.endsWith(suffix)) {
                return Kind.PRIVATE_NAME;
            }
        }
        return Kind.PUBLIC;
    }

    private static boolean isPrivateIpv4(String h) {
        int[] o = ipv4(h);
        return o != null && (isRfc1918(o)
                || o[0] == 169 && o[1] == 254
                || o[0] == 100 && o[1] >= 64 && o[1] <= 127); // carrier-grade NAT, as used by Tailscale
    }

    /** Whether a host is an RFC 1918 IPv4 address ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}). */
    public static boolean isRfc1918Ipv4(String host) {
        int[] o = ipv4(host);
        return o != null && isRfc1918(o);
    }

    /** Whether a host is a loopback address: {@code 127.0.0.0/8} or {@code ::1}. */
    public static boolean isLoopbackAddress(String host) {
        int[] o = ipv4(host);
        return o != null && o[0] == 127 || host.equals("::1");
    }

    private static boolean isRfc1918(int[] o) {
        return o[0] == 10 || o[0] == 172 && o[1] >= 16 && o[1] <= 31 || o[0] == 192 && o[1] == 168;
    }

    /** The four octets of a dotted IPv4 address, or null when the host is not one. */
    private static int @Nullable [] ipv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] o = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            o[i] = Integer.parseInt(parts[i]);
            if (o[i] > 255) {
                return null;
            }
        }
        return o;
    }

    private static @Nullable URI parse(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Optional<URI> known = PARSED.get(url);
        if (known == null) {
            if (PARSED.size() >= PARSED_LIMIT) {
                PARSED.clear();
            }
            known = parseNew(url);
            PARSED.put(url, known);
        }
        return known.orElse(null);
    }

    private static Optional<URI> parseNew(String url) {
        try {
            return Optional.of(new URI(url.trim()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
