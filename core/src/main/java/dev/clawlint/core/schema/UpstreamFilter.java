package dev.clawlint.core.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which of OpenClaw's own violations add something to clawlint's: for the newest release line, those outside
 * {@code models} and {@code agents} (the sections clawlint's schema models precisely), plus those inside the
 * parts of those sections clawlint's schema types only loosely (an agent's {@code compaction}, {@code sandbox},
 * {@code tools}, ...: an object with no declared keys) and every number outside its bounds; for an older line, all of them. Never one clawlint
 * already reports, nor one about a key a guide rule reports.
 */
public final class UpstreamFilter {
    private UpstreamFilter() {}

    static List<SchemaViolation> additions(List<SchemaViolation> ours, List<SchemaViolation> theirs, SchemaDocument published,
            boolean newestLine) {
        Set<String> reported = new HashSet<>();
        for (SchemaViolation v : ours) {
            reported.add(target(v));
        }
        List<SchemaViolation> out = new ArrayList<>();
        for (SchemaViolation v : theirs) {
            String t = target(v);
            if (reported.contains(t) || coveredByOurs(v.pointer(), reported)) {
                continue;
            }
            // on the newest line the curated schema models these sections precisely (agreement with OpenClaw
            // is tested); on an older line OpenClaw's own schema of that release decides there too
            if (newestLine && modelled(v.pointer()) && !loose(published, v.pointer()) && !bound(v)
                    || guideKey(published, t)) {
                continue;
            }
            out.add(v);
        }
        return out;
    }

    /**
     * The curated violations OpenClaw's own schema confirms: it reports the same place, a place inside it, or
     * the value around it. Used for release lines older than the one the curated schema describes.
     */
    static List<SchemaViolation> confirmed(List<SchemaViolation> ours, List<SchemaViolation> theirs) {
        List<SchemaViolation> out = new ArrayList<>();
        for (SchemaViolation v : ours) {
            String place = target(v);
            for (SchemaViolation t : theirs) {
                String other = target(t);
                if (other.equals(place) || other.startsWith(place + "/") || place.startsWith(other + "/")) {
                    out.add(v);
                    break;
                }
            }
        }
        return out;
    }

    /** The place a violation is about: the member for keywords about a member, else the value. */
    private static String target(SchemaViolation v) {
        String property = v.property();
        boolean aboutMember = v.keyword().equals("additionalProperties") || v.keyword().equals("required");
        return aboutMember && property != null ? v.pointer() + "/" + property.replace("~", "~0").replace("/", "~1") : v.pointer();
    }

    /** Inside a value clawlint already rejects (a wrong type, an unknown key): nothing more to say there. */
    private static boolean coveredByOurs(String pointer, Set<String> reported) {
        for (String r : reported) {
            if (!r.isEmpty() && pointer.startsWith(r + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number outside OpenClaw's bounds: the curated schema keeps the bounds a user meets (> 0) and leaves out
     * the ones only a hostile or broken number crosses (an integer field's 2^53 - 1, where JavaScript stops
     * counting exactly); OpenClaw's own schema has them, and they hold on every section.
     */
    private static boolean bound(SchemaViolation v) {
        return switch (v.keyword()) {
            case "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum" -> true;
            default -> false;
        };
    }

    private static boolean modelled(String pointer) {
        return pointer.equals("/models") || pointer.startsWith("/models/")
                || pointer.equals("/agents") || pointer.startsWith("/agents/");
    }

    /**
     * Whether the place is a key clawlint's schema keeps for a guide rule ({@code brain}, top-level
     * {@code heartbeat}: {@code x-clawlint-rule}); that rule reports it, with a fix. (What lies inside
     * such a key is still checked: OpenClaw validates a legacy {@code agents.list} after moving it.)
     */
    static boolean guideKey(SchemaDocument published, String pointer) {
        List<String> segments = segments(pointer);
        if (segments.isEmpty()) {
            return false;
        }
        SchemaNode schema = published.resolve(published.root());
        for (String segment : segments.subList(0, segments.size() - 1)) {
            SchemaNode next = step(published, schema, segment);
            if (next == null) {
                return false;
            }
            schema = next;
        }
        SchemaNode declared = published.properties(schema).get(segments.get(segments.size() - 1));
        return declared != null && declared.has("x-clawlint-rule");
    }

    /** Whether clawlint's schema, followed down to {@code pointer}, ends in an object it does not describe. */
    public static boolean loose(SchemaDocument published, String pointer) {
        SchemaNode schema = published.resolve(published.root());
        for (String segment : segments(pointer)) {
            SchemaNode next = step(published, schema, segment);
            if (next == null) {
                return !schema.path("additionalProperties").isBoolean() && schema.isEmpty("properties")
                        && !schema.has("anyOf") && !schema.has("oneOf") && !schema.has("items");
            }
            schema = next;
        }
        // a declared scalar is described precisely; only an object with nothing declared inside is loose
        return schema.text("type").equals("object") && !schema.has("properties")
                && !schema.has("additionalProperties") && !schema.has("patternProperties") && !schema.has("anyOf")
                && !schema.has("oneOf") && !schema.has("allOf");
    }

    private static @Nullable SchemaNode step(SchemaDocument published, SchemaNode schema, String segment) {
        Map<String, SchemaNode> properties = published.properties(schema);
        SchemaNode p = properties.get(segment);
        if (p != null) {
            return published.resolve(p);
        }
        for (Map.Entry<String, SchemaNode> pp : schema.members("patternProperties").entrySet()) {
            try {
                if (Pattern.compile(pp.getKey()).matcher(segment).find()) {
                    return published.resolve(pp.getValue());
                }
            } catch (PatternSyntaxException e) {
                // an ECMA-only pattern: fall through to additionalProperties
            }
        }
        SchemaNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            return published.resolve(additional);
        }
        SchemaNode items = schema.get("items");
        if (items != null && items.isObject() && segment.chars().allMatch(Character::isDigit)) {
            return published.resolve(items);
        }
        // a value that may take several shapes (a model as a string or an object): the first shape that has the key
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            for (SchemaNode branch : schema.elements(combinator)) {
                SchemaNode next = step(published, published.resolve(branch), segment);
                if (next != null) {
                    return next;
                }
            }
        }
        return null;
    }

    private static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String s : pointer.substring(1).split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
