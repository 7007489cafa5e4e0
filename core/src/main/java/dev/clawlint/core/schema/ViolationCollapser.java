package dev.clawlint.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.clawlint.core.util.Regex;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One problem, one violation. A schema validator reports every failing branch of an {@code anyOf} /
 * {@code oneOf} ("expected string", "expected object", "missing source", ...); OpenClaw, and a reader,
 * want the one message that explains the value. The rules applied here, innermost detail kept:
 * <ul>
 *   <li>a branch whose type matches the value is the one the user meant: its errors are kept, the
 *       other branches' dropped;</li>
 *   <li>when no branch's type matches, one {@code type} violation lists every type the branches allow;</li>
 *   <li>when several branches match the type and all fail on the same member's allowed values (a
 *       discriminator such as {@code source} or {@code mode}), one violation lists all of them;</li>
 *   <li>otherwise the branch with the fewest errors wins;</li>
 *   <li>the combinator's own summary ("must be valid to one and only one schema") is dropped.</li>
 * </ul>
 */
final class ViolationCollapser {
    private static final Pattern BRANCH = Pattern.compile("/(anyOf|oneOf)/(\\d+)(?=/|$)");
    private static final Set<String> VALUE_KEYWORDS = Set.of("enum", "const");

    private ViolationCollapser() {}

    /** The violations with every combinator reduced to its most specific explanation. */
    static List<SchemaViolation> collapse(List<SchemaViolation> violations) {
        List<SchemaViolation> work = new ArrayList<>();
        for (SchemaViolation v : violations) {
            if (!isSummary(v)) {
                work.add(v);
            }
        }
        // each pass settles the outermost combinator of one group; the loop ends because settled
        // branches are renamed so that BRANCH no longer matches them
        while (true) {
            Combinator c = outermost(work);
            if (c == null) {
                break;
            }
            List<SchemaViolation> rest = new ArrayList<>();
            Map<Integer, List<SchemaViolation>> branches = new LinkedHashMap<>();
            for (SchemaViolation v : work) {
                Integer branch = c.branchOf(v);
                if (branch == null) {
                    rest.add(v);
                } else {
                    branches.computeIfAbsent(branch, k -> new ArrayList<>()).add(v);
                }
            }
            rest.addAll(settle(c, branches));
            work = rest;
        }
        return dedupe(work);
    }

    /** networknt's "must be valid to one and only one schema": the branches say why. */
    private static boolean isSummary(SchemaViolation v) {
        return v.keyword().equals("oneOf") || v.keyword().equals("anyOf");
    }

    private record Combinator(String prefix, String kind) {
        @Nullable Integer branchOf(SchemaViolation v) {
            String path = v.evaluationPath();
            String head = prefix + "/" + kind + "/";
            if (!path.startsWith(head)) {
                return null;
            }
            String tail = path.substring(head.length());
            int slash = tail.indexOf('/');
            String digits = slash < 0 ? tail : tail.substring(0, slash);
            return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Integer.valueOf(digits) : null;
        }

        String settledPath(SchemaViolation v, int branch) {
            String head = prefix + "/" + kind + "/" + branch;
            return prefix + "/" + kind + "-settled-" + branch + v.evaluationPath().substring(head.length());
        }
    }

    private static @Nullable Combinator outermost(List<SchemaViolation> violations) {
        Combinator best = null;
        for (SchemaViolation v : violations) {
            Matcher m = BRANCH.matcher(v.evaluationPath());
            if (m.find() && (best == null || m.start() < best.prefix().length())) {
                best = new Combinator(v.evaluationPath().substring(0, m.start()), Regex.group(m, 1));
            }
        }
        return best;
    }

    private static List<SchemaViolation> settle(Combinator c, Map<Integer, List<SchemaViolation>> branches) {
        String instance = null;
        for (List<SchemaViolation> vs : branches.values()) {
            for (SchemaViolation v : vs) {
                if (instance == null || v.pointer().length() < instance.length()) {
                    instance = v.pointer();
                }
            }
        }
        if (instance == null) {
            return List.of();
        }
        Map<Integer, List<SchemaViolation>> typeMatched = new LinkedHashMap<>();
        Set<String> allowedTypes = new LinkedHashSet<>();
        SchemaViolation aTypeError = null;
        for (Map.Entry<Integer, List<SchemaViolation>> b : branches.entrySet()) {
            SchemaViolation rootType = null;
            for (SchemaViolation v : b.getValue()) {
                if (v.keyword().equals("type") && v.pointer().equals(instance)) {
                    rootType = v;
                }
            }
            if (rootType == null) {
                typeMatched.put(b.getKey(), b.getValue());
            } else {
                allowedTypes.addAll(rootType.expected());
                aTypeError = rootType;
            }
        }
        if (typeMatched.isEmpty() && aTypeError != null) {
            return List.of(aTypeError.rewritten("type", instance, c.prefix() + "/" + c.kind(), List.copyOf(allowedTypes)));
        }
        if (typeMatched.size() > 1) {
            SchemaViolation merged = mergedDiscriminator(c, typeMatched);
            if (merged != null) {
                return List.of(merged);
            }
        }
        int winner = -1;
        for (Map.Entry<Integer, List<SchemaViolation>> b : typeMatched.entrySet()) {
            if (winner < 0 || b.getValue().size() < typeMatched.getOrDefault(winner, List.of()).size()) {
                winner = b.getKey();
            }
        }
        List<SchemaViolation> out = new ArrayList<>();
        for (SchemaViolation v : typeMatched.getOrDefault(winner, List.of())) {
            out.add(v.rewritten(v.keyword(), v.pointer(), c.settledPath(v, winner), v.expected()));
        }
        return out;
    }

    /** When every matching branch rejects the same member's value, that member is the discriminator. */
    private static @Nullable SchemaViolation mergedDiscriminator(Combinator c, Map<Integer, List<SchemaViolation>> branches) {
        String member = null;
        Set<String> allowed = new LinkedHashSet<>();
        SchemaViolation sample = null;
        for (List<SchemaViolation> vs : branches.values()) {
            SchemaViolation value = null;
            for (SchemaViolation v : vs) {
                if (VALUE_KEYWORDS.contains(v.keyword())) {
                    value = v;
                    break;
                }
            }
            if (value == null || (member != null && !member.equals(value.pointer()))) {
                return null;
            }
            member = value.pointer();
            allowed.addAll(value.expected());
            sample = value;
        }
        if (sample == null || member == null) {
            return null;
        }
        return sample.rewritten("enum", member, c.prefix() + "/" + c.kind(), List.copyOf(allowed));
    }

    /** The same keyword on the same place and member reported twice (two {@code $ref} routes) counts once. */
    private static List<SchemaViolation> dedupe(List<SchemaViolation> violations) {
        Map<String, SchemaViolation> seen = new LinkedHashMap<>();
        for (SchemaViolation v : violations) {
            seen.putIfAbsent(v.pointer() + "\u0000" + v.keyword() + "\u0000" + v.property(), v);
        }
        return new ArrayList<>(seen.values());
    }
}
