package dev.clawlint.core.tree;

import dev.clawlint.core.source.Span;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A JSON5 object. {@link #members()} lists every member as written, repeated keys included;
 * lookups see the last member with a key, as JSON5 does.
 */
public record ObjectNode(Span span, List<Member> members) implements Node {
    /** Copies the member list. */
    public ObjectNode {
        members = List.copyOf(members);
    }

    /** The value of the last member with this key, or null. */
    public @Nullable Node get(String key) {
        Member member = member(key);
        return member == null ? null : member.value();
    }

    /** The last member with this key, or null. */
    public @Nullable Member member(String key) {
        for (int i = members.size() - 1; i >= 0; i--) {
            if (members.get(i).key().equals(key)) {
                return members.get(i);
            }
        }
        return null;
    }

    /** Whether a member has this key. */
    public boolean has(String key) {
        return member(key) != null;
    }

    /** The value of a string member, or null when it is absent or not a string. */
    public @Nullable String string(String key) {
        return get(key) instanceof StringNode s ? s.value() : null;
    }

    /** The value of an object member, or null when it is absent or not an object. */
    public @Nullable ObjectNode object(String key) {
        return get(key) instanceof ObjectNode o ? o : null;
    }

    /**
     * The effective members, one per key, unmodifiable: the last written value wins, and the key keeps the place
     * of its first occurrence (JavaScript object semantics).
     */
    public List<Member> effectiveMembers() {
        if (!repeatsAKey()) {
            return members; // the usual case, asked by every rule and the resolver: no map to build
        }
        Map<String, Member> byKey = new LinkedHashMap<>();
        for (Member m : members) {
            byKey.put(m.key(), m);
        }
        return List.copyOf(byKey.values());
    }

    private boolean repeatsAKey() {
        Set<String> seen = new HashSet<>();
        for (Member m : members) {
            if (!seen.add(m.key())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String typeName() {
        return "object";
    }
}
