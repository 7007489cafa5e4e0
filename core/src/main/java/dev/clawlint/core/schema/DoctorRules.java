package dev.clawlint.core.schema;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code openclaw doctor} of a release says about a legacy key: its legacy-config rules, extracted from the
 * release's {@code dist/} by {@code tools/releases/doctor-rules.mjs} into {@code releases/<release>/doctor-rules.json}.
 * OpenClaw's validator only says {@code Unrecognized key} for a retired key; the doctor's words say what
 * replaced it ("agents.defaults.memorySearch moved to memory.search."). Read once per release, on first use.
 */
public final class DoctorRules {
    private static final String FOLDER = "/" + ClawlintSchema.RESOURCE_FOLDER + "releases/";
    private static final Map<String, Extract> BY_RELEASE = new ConcurrentHashMap<>();
    private static final String RUN_DOCTOR = "Run \"openclaw doctor --fix\".";
    private static final String ON_LOAD = "(auto-migrated on load)";

    /** One release's extract: its rules, and the paths of those it applies whenever it reads a config. */
    private record Extract(List<Rule> rules, List<String> migratedOnLoad) {}

    private DoctorRules() {}

    /**
     * One rule of the doctor.
     *
     * @param subject the key the rule speaks of, as segments ({@code *} or {@code <id>} for any key)
     * @param message what the doctor says, without its closing "Run openclaw doctor --fix."
     * @param movedTo the dotted path the key moved to one-to-one, or null when the message states no such move
     */
    public record Rule(List<String> subject, String message, @Nullable String movedTo) {
        /** The path {@link #movedTo} as JSON pointer segments (empty when there is none). */
        public List<String> movedToSegments() {
            return movedTo == null ? List.of() : Arrays.asList(movedTo.split("\\."));
        }
    }

    /** The rule of {@code target}'s release about the key at {@code pointer}, or null when its doctor has none. */
    public static @Nullable Rule of(String pointer, TargetVersion target) {
        List<String> segments = JsonPointer.segments(pointer);
        for (Rule r : extract(target.release()).rules()) {
            if (matches(r.subject(), segments)) {
                return r;
            }
        }
        return null;
    }

    private static boolean matches(List<String> subject, List<String> segments) {
        if (subject.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < subject.size(); i++) {
            String p = subject.get(i);
            if (!(p.equals("*") || p.startsWith("<") && p.endsWith(">") || p.equals(segments.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code target}'s release migrates what its doctor rule at {@code rulePath} (dotted, as the rule names
     * it: {@code gateway.bind}) looks at whenever it reads a config, before validating it: the rule's message says
     * "(auto-migrated on load)" (2026.2, 2026.3), or the release applies all of its doctor's migrations on load
     * (2026.4's {@code applyRuntimeLegacyConfigMigrations}). Such a legacy shape is accepted by that release.
     */
    public static boolean migratedOnLoad(String rulePath, TargetVersion target) {
        return extract(target.release()).migratedOnLoad().contains(rulePath);
    }

    private static Extract extract(String release) {
        return BY_RELEASE.computeIfAbsent(release, DoctorRules::read);
    }

    private static Extract read(String release) {
        JsonNode doc;
        try (InputStream in = DoctorRules.class.getResourceAsStream(FOLDER + release + "/doctor-rules.json")) {
            if (in == null) {
                return new Extract(List.of(), List.of()); // no extract for this release
            }
            doc = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean allOnLoad = doc.path("migratesOnLoad").asBoolean(false);
        List<Rule> out = new ArrayList<>();
        List<String> onLoad = new ArrayList<>();
        for (JsonNode r : doc.path("rules")) {
            String message = r.path("message").asString();
            if (allOnLoad || message.contains(ON_LOAD)) {
                onLoad.add(r.path("path").asString());
            }
            List<String> subject = subject(r.path("path").asString(), message);
            if (subject.isEmpty()) {
                continue;
            }
            String moved = r.path("movedTo").isString() ? r.path("movedTo").asString() : null;
            String text = message.endsWith(RUN_DOCTOR) ? message.substring(0, message.length() - RUN_DOCTOR.length()).strip() : message;
            out.add(new Rule(subject, text, moved));
        }
        return new Extract(List.copyOf(out), List.copyOf(onLoad));
    }

    /**
     * The key a rule speaks of: the dotted path its message starts with ({@code agents.entries.*.memorySearch
     * moved to ...}, after an optional "top-level "), when that path lies at or below the rule's own path; else
     * nothing (a rule about a whole section, or one whose message names several keys at once).
     */
    private static List<String> subject(String rulePath, String message) {
        String m = message.startsWith("top-level ") ? message.substring("top-level ".length()) : message;
        int space = m.indexOf(' ');
        String first = space < 0 ? m : m.substring(0, space);
        if (!first.matches("[A-Za-z][\\w*<>-]*(\\.[\\w*<>-]+)*") || !(first.equals(rulePath) || first.startsWith(rulePath + "."))) {
            return List.of();
        }
        String rest = space < 0 ? "" : m.substring(space + 1);
        if (rest.startsWith("and ") || rest.startsWith("= ")) {
            return List.of(); // several keys, or a value of the key: not about the key itself
        }
        return Arrays.asList(first.split("\\."));
    }
}
