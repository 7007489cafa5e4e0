package dev.clawlint.core.schema;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
    private static volatile @Nullable List<Retired> all;

    private RetiredKeys() {}

    /**
     * A key that a release retired.
     *
     * @param lastAccepted the last supported release that accepts it ({@code 2026.7.1})
     * @param retiredIn the first supported release that rejects it ({@code 2026.8.2})
     * @param evidence the CHANGELOG lines of {@code retiredIn} that name it, as written there
     */
    public record Retired(List<String> path, String lastAccepted, String retiredIn, List<String> evidence) {}

    /**
     * The retirement of the key at {@code pointer} that applies to {@code target}: the latest one whose retiring
     * release is of {@code target}'s line or older; null when no supported release retired it.
     */
    public static @Nullable Retired of(String pointer, TargetVersion target) {
        List<String> segments = JsonPointer.segments(pointer);
        Retired found = null;
        for (Retired r : load()) {
            TargetVersion retired = TargetVersion.lineOf(r.retiredIn());
            if (retired != null && target.atLeast(retired) && matches(r.path(), segments)) {
                found = r;
            }
        }
        return found;
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

    private static List<Retired> load() {
        List<Retired> loaded = all;
        if (loaded == null) {
            loaded = read();
            all = loaded;
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
