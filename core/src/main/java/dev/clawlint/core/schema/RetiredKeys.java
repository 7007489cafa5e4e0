package dev.clawlint.core.schema;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys a supported release accepted and a later one no longer does, from the schema differences between
 * consecutive releases that tools/releases generates ({@code releases/changes.json}), with the lines of the newer
 * release's CHANGELOG that name the key where there are any. Read once per process, on first use.
 */
public final class RetiredKeys {
    private static final String RESOURCE = "/" + ClawlintSchema.RESOURCE_FOLDER + "releases/changes.json";
    /** The retirements by the key they end in ({@code ""}: those ending in {@code *} or {@code []}). */
    private static volatile @Nullable Map<String, List<Entry>> byLastKey;

    private RetiredKeys() {}

    /**
     * A key that a release retired.
     *
     * @param lastAccepted the last supported release that accepts it ({@code 2026.7.1})
     * @param retiredIn the first supported release that rejects it ({@code 2026.8.2})
     * @param evidence the CHANGELOG lines of {@code retiredIn} that name it, as written there
     */
    public record Retired(List<String> path, String lastAccepted, String retiredIn, List<String> evidence) {}

    /** A retirement with its place in changes.json (later wins) and the line of its retiring release. */
    private record Entry(int order, Retired retired, @Nullable TargetVersion line) {}

    /**
     * The retirement of the key at {@code pointer} that applies to {@code target}: the latest one whose retiring
     * release is of {@code target}'s line or older; null when no supported release retired it.
     */
    public static @Nullable Retired of(String pointer, TargetVersion target) {
        List<String> segments = JsonPointer.segments(pointer);
        if (segments.isEmpty()) {
            return null;
        }
        Map<String, List<Entry>> index = load();
        Entry found = null;
        for (String bucket : List.of(segments.get(segments.size() - 1), "")) {
            for (Entry e : index.getOrDefault(bucket, List.of())) {
                if ((found == null || e.order() > found.order()) && e.line() != null && target.atLeast(e.line())
                        && matches(e.retired().path(), segments)) {
                    found = e;
                }
            }
        }
        return found == null ? null : found.retired();
    }

    /** {@code agents.list[].memorySearch} matches {@code /agents/list/0/memorySearch}; {@code *} is any key. */
    private static boolean matches(List<String> path, List<String> segments) {
        if (path.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < path.size(); i++) {
            String p = path.get(i);
            String s = segments.get(i);
            boolean ok = p.equals("*") || p.equals(s) || p.equals("[]") && !s.isEmpty() && s.chars().allMatch(Character::isDigit);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> loaded = byLastKey;
        if (loaded == null) {
            Map<String, List<Entry>> index = new HashMap<>();
            List<Retired> all = read();
            for (int i = 0; i < all.size(); i++) {
                Retired r = all.get(i);
                String last = r.path().isEmpty() ? "" : r.path().get(r.path().size() - 1);
                String bucket = last.equals("*") || last.equals("[]") ? "" : last;
                index.computeIfAbsent(bucket, k -> new ArrayList<>()).add(new Entry(i, r, TargetVersion.lineOf(r.retiredIn())));
            }
            loaded = Map.copyOf(index);
            byLastKey = loaded;
        }
        return loaded;
    }

    private static List<Retired> read() {
        JsonNode changes;
        try (InputStream in = RetiredKeys.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("release changes missing from the jar: " + RESOURCE);
            }
            changes = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Retired> out = new ArrayList<>();
        for (JsonNode change : changes.path("changes")) {
            for (JsonNode removed : change.path("removed")) {
                List<String> evidence = new ArrayList<>();
                removed.path("evidence").forEach(e -> evidence.add(e.asString()));
                out.add(new Retired(tokens(removed.path("path").asString()), change.path("from").asString(),
                        change.path("to").asString(), evidence));
            }
        }
        return List.copyOf(out);
    }

    /** {@code a.b[].*} → {@code [a, b, [], *]}. */
    private static List<String> tokens(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            String key = part;
            int arrays = 0;
            while (key.endsWith("[]")) {
                key = key.substring(0, key.length() - 2);
                arrays++;
            }
            if (!key.isEmpty()) {
                out.add(key);
            }
            for (int i = 0; i < arrays; i++) {
                out.add("[]");
            }
        }
        return out;
    }
}
