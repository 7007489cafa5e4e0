package dev.clawlint.core.knowledge;

import dev.clawlint.core.util.Regex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenClaw release line ({@code 2026.9}) that verdicts are relative to. OpenClaw versions are
 * {@code YEAR.MONTH.PATCH}; clawlint judges a line by the release of it that it bundles the data of (the
 * last of the month that installs from npm, {@link #release()}), listed by the generated
 * {@code releases/supported.txt} (tools/releases/README.md): adding a release is regenerating that data.
 */
public record TargetVersion(int year, int month) implements Comparable<TargetVersion> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\.(\\d{1,2})(?:\\.\\d+)?");
    private static final String SUPPORTED_LIST = "/dev/clawlint/schema/releases/supported.txt";

    /** Each supported line's bundled release ({@code 2026.9} → {@code 2026.9.6}), oldest first. */
    private static final Map<TargetVersion, String> RELEASES = readSupported();

    /** The release lines clawlint can target, oldest first. */
    public static final List<TargetVersion> SUPPORTED = List.copyOf(RELEASES.keySet());

    /** The newest release line clawlint knows: the default target. */
    public static final TargetVersion LATEST = SUPPORTED.get(SUPPORTED.size() - 1);

    /**
     * 2026.4: a custom provider with {@code baseUrl} and no {@code api} gets {@code openai-completions}
     * (docs/openclaw/releases.md#20264). Before it such a provider has no adapter and fails at run time.
     */
    public static final TargetVersion DEFAULT_API_FOR_CUSTOM_PROVIDERS = new TargetVersion(2026, 4);

    /**
     * 2026.6: {@code hooks.token} equal to the gateway's shared secret only warns at start-up ("Startup continues for
     * compatibility"); up to 2026.5 the gateway refuses to start ("Invalid config: hooks.token must not match gateway
     * auth token"), read from each release's gateway start-up code (docs/openclaw/releases.md#20266).
     */
    public static final TargetVersion HOOKS_TOKEN_REUSE_ONLY_WARNS = new TargetVersion(2026, 6);

    /**
     * 2026.8: the generated models.json no longer needs an {@code apiKey} for a provider that defines models; up to
     * 2026.7 one such provider makes the model registry reject the whole file, every provider's overrides with it
     * (docs/openclaw/releases.md#20268).
     */
    public static final TargetVersion MODELS_JSON_KEYLESS_PROVIDERS = new TargetVersion(2026, 8);

    /**
     * 2026.4: {@code openai-completions} to a configured non-OpenAI endpoint sends the system prompt as {@code system}
     * unless {@code compat.supportsDeveloperRole} is true; before it a reasoning model's prompt goes out as
     * {@code developer} to every endpoint not on a short list (docs/openclaw/releases.md#20264).
     */
    public static final TargetVersion SYSTEM_ROLE_FOR_CUSTOM_ENDPOINTS = DEFAULT_API_FOR_CUSTOM_PROVIDERS;

    /**
     * 2026.8: {@code agents.list} is replaced by keyed {@code agents.entries}, an unset model
     * {@code contextWindow} stays unset instead of being materialized as 200000, and provider-level
     * context windows move into each model row (docs/openclaw/releases.md#20268).
     */
    public static final TargetVersion AGENTS_ENTRIES = new TargetVersion(2026, 8);

    /**
     * 2026.8: an unset model {@code contextWindow} is no longer materialized as 200000 at load; it
     * stays unset (docs/openclaw/releases.md#20268). The same release as {@link #AGENTS_ENTRIES}.
     */
    public static final TargetVersion UNSET_CONTEXT_WINDOW_STAYS_UNSET = AGENTS_ENTRIES;

    /**
     * 2026.3: a {@code ${VAR}} whose variable is unset keeps the literal and warns; 2026.2 refuses to load the
     * config ("Missing env var ... referenced at config path: ..."). Recorded verdicts: 2026.2.21 rejects the
     * corpus files with an unset variable, 2026.3.31 accepts them (docs/openclaw/releases.md#20263).
     */
    public static final TargetVersion MISSING_ENV_VAR_KEEPS_LITERAL = new TargetVersion(2026, 3);

    /** Older than every release: "since" for data that names no first release. */
    public static final TargetVersion BEFORE_ALL = new TargetVersion(2000, 1);

    /** Newer than every release: "until" for data that names no last release. */
    public static final TargetVersion AFTER_ALL = new TargetVersion(9999, 1);

    /** Checks the month. */
    public TargetVersion {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    /**
     * Parses {@code 2026.9}, {@code 2026.9.6} or {@code latest}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a version
     *     or names a release clawlint does not know
     */
    public static TargetVersion parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("latest")) {
            return LATEST;
        }
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an OpenClaw version (expected YEAR.MONTH, e.g. 2026.9)");
        }
        TargetVersion v = new TargetVersion(Integer.parseInt(Regex.group(m, 1)), Integer.parseInt(Regex.group(m, 2)));
        if (!SUPPORTED.contains(v)) {
            throw new IllegalArgumentException("OpenClaw " + v + " is not a release clawlint supports; supported: "
                    + supportedList());
        }
        return v;
    }

    /**
     * A requested target, or null to choose it per file: no text, or {@code auto}, asks for that.
     *
     * @throws IllegalArgumentException as {@link #parse} does
     */
    public static @Nullable TargetVersion parseRequested(@Nullable String text) {
        return text == null || text.isBlank() || text.trim().equalsIgnoreCase("auto") ? null : parse(text);
    }

    /**
     * The line a version written by OpenClaw belongs to ({@code meta.lastTouchedVersion}: {@code 2026.4.15}
     * → {@code 2026.4}) when clawlint supports it, or else the newest supported line older than it; null when
     * it is not a version or older than every supported line.
     */
    public static @Nullable TargetVersion lineOf(String version) {
        Matcher m = FORMAT.matcher(version.trim());
        if (!m.lookingAt()) { // "2026.3.2-beta.1" is of line 2026.3 too
            return null;
        }
        TargetVersion v;
        try {
            v = new TargetVersion(Integer.parseInt(Regex.group(m, 1)), Integer.parseInt(Regex.group(m, 2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        TargetVersion best = null;
        for (TargetVersion s : SUPPORTED) {
            if (v.atLeast(s)) {
                best = s;
            }
        }
        return best;
    }

    /** "2026.2 (2026.2.21), 2026.3 (2026.3.31), ...": every supported line with the release that judges it. */
    public static String supportedList() {
        return RELEASES.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    /** The release of this line whose schema and verdicts clawlint bundles ({@code 2026.9.6}). */
    public String release() {
        String release = RELEASES.get(this);
        if (release == null) {
            throw new IllegalStateException("OpenClaw " + this + " is not a supported release line");
        }
        return release;
    }

    /** Whether this release is {@code other} or newer: whether a cut-over constant above applies. */
    public boolean atLeast(TargetVersion other) {
        return compareTo(other) >= 0;
    }

    private static Map<TargetVersion, String> readSupported() {
        Map<TargetVersion, String> out = new LinkedHashMap<>();
        try (InputStream in = TargetVersion.class.getResourceAsStream(SUPPORTED_LIST)) {
            if (in == null) {
                throw new IllegalStateException("release list missing from the classpath: " + SUPPORTED_LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String version = line.trim();
                if (version.isEmpty() || version.startsWith("#")) {
                    continue;
                }
                Matcher m = FORMAT.matcher(version);
                if (!m.matches()) {
                    throw new IllegalStateException(SUPPORTED_LIST + ": not a version: " + version);
                }
                out.put(new TargetVersion(Integer.parseInt(Regex.group(m, 1)), Integer.parseInt(Regex.group(m, 2))), version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(SUPPORTED_LIST + " lists no release");
        }
        return out;
    }

    @Override
    public int compareTo(TargetVersion o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }

    @Override
    public String toString() {
        return year + "." + month;
    }
}
