package dev.clawlint.core.lint;

import dev.clawlint.core.edit.Edits;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.load.Json5Parser;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Builds a fix by JSON Pointer, in the file's own style, so a rule never computes an offset. Each
 * step names a place in the document; a step that cannot be carried out (nothing written there,
 * a value that came from the environment, a key that already exists) spoils the whole fix, and
 * {@link #build()} then returns null: a fix is applied whole or not offered.
 */
public final class FixBuilder {
    private final Document document;
    private final String description;
    private final List<TextEdit> edits = new ArrayList<>();
    /** Members to remove, turned into edits by {@link #build()}, once it knows which comments other steps carry. */
    private final List<Removal> removals = new ArrayList<>();
    private boolean impossible;

    private record Removal(ObjectNode object, Member member, List<String> notes) {}

    FixBuilder(Document document, String description) {
        this.document = document;
        this.description = description;
    }

    /** Replaces the string at {@code pointer} with {@code value}, in the literal's own quote character. */
    public FixBuilder replaceString(@Nullable String pointer, String value) {
        Node node = pointer == null ? null : document.node(pointer);
        if (!(node instanceof StringNode s) || s.fromEnvironment()) {
            return fail();
        }
        String text = s.span().text();
        char quote = text.isEmpty() ? '"' : text.charAt(0);
        if (quote != '"' && quote != '\'') {
            return fail();
        }
        return add(new TextEdit(s.span().file(), s.span().start(), s.span().end(), Edits.quote(quote, value)));
    }

    /** Replaces the value at {@code pointer} with a plain value ({@link Edits#render} types) in the file's style. */
    public FixBuilder replaceValue(@Nullable String pointer, Object value) {
        Node node = writtenNode(pointer);
        return node == null ? fail() : add(Edits.replaceValue(node, Edits.render(node.span().file(), value)));
    }

    /** Replaces the value at {@code pointer} with JSON5 text as given. */
    public FixBuilder replaceValueText(@Nullable String pointer, String json5Text) {
        Node node = writtenNode(pointer);
        return node == null ? fail() : add(Edits.replaceValue(node, json5Text));
    }

    /** Adds {@code key: value} at the end of the object at {@code pointer}; the key must not exist. */
    public FixBuilder insertMember(@Nullable String pointer, String key, Object value) {
        return insertPath(pointer, List.of(key), value);
    }

    /** Adds {@code value} at {@code path} below the object at {@code pointer}, creating the objects on the way. */
    public FixBuilder insertPath(@Nullable String pointer, List<String> path, Object value) {
        ObjectNode object = object(pointer);
        List<TextEdit> put = object == null ? null : Edits.putPath(object, path, value);
        return put == null ? fail() : addAll(put);
    }

    /** Deep-merges plain values into the object at {@code pointer} (see {@link Edits#merge}). */
    public FixBuilder merge(@Nullable String pointer, Map<String, Object> tree) {
        ObjectNode object = object(pointer);
        List<TextEdit> merged = object == null ? null : Edits.merge(object, tree);
        return merged == null ? fail() : addAll(merged);
    }

    /** Removes the member at {@code pointer} with its comma (and its lines, when it stands alone on them). */
    public FixBuilder removeMember(@Nullable String pointer) {
        Member member = pointer == null ? null : document.member(pointer);
        ObjectNode parent = pointer == null ? null : object(JsonPointer.parent(pointer));
        return member == null || parent == null ? fail() : removeMember(parent, member);
    }

    /**
     * Removes the member at {@code pointer} and leaves {@code notes} in its place as comments (one line each): for a
     * value OpenClaw refuses where it is and that has nowhere to go yet, so the user's intent stays in the file.
     */
    public FixBuilder removeMemberLeavingNotes(@Nullable String pointer, List<String> notes) {
        Member member = pointer == null ? null : document.member(pointer);
        ObjectNode parent = pointer == null ? null : object(JsonPointer.parent(pointer));
        if (member == null || parent == null) {
            return fail();
        }
        removals.add(new Removal(parent, member, List.copyOf(notes)));
        return this;
    }

    /** Renames the key of the member at {@code pointer}, keeping how the key was written. */
    public FixBuilder renameKey(@Nullable String pointer, String newKey) {
        Member member = pointer == null ? null : document.member(pointer);
        return member == null ? fail() : add(Edits.renameKey(member, newKey));
    }

    /** Replaces the member at {@code pointer} with other members, written where it was. */
    public FixBuilder replaceMember(@Nullable String pointer, Map<String, Object> members) {
        return replaceMemberLeavingNotes(pointer, members, List.of());
    }

    /** {@link #replaceMember}, with {@code notes} left as comments above the new members (see {@link #removeMemberLeavingNotes}). */
    public FixBuilder replaceMemberLeavingNotes(@Nullable String pointer, Map<String, Object> members, List<String> notes) {
        Member member = pointer == null ? null : document.member(pointer);
        return member == null ? fail() : add(Edits.replaceMember(member, members, notes));
    }

    /** The fix, or null when some step was impossible or nothing would change. */
    public @Nullable Fix build() {
        List<TextEdit> all = new ArrayList<>(edits);
        // a removed member's comments stay in its place, unless another step of this fix moves them elsewhere
        // (a block moved with its comments): then they would be there twice
        String carried = String.join("\n", edits.stream().map(TextEdit::replacement).toList());
        for (Removal r : removals) {
            ObjectNode object = r.object();
            Member member = r.member();
            if (member.keySpan().file() != object.span().file()) {
                // a member an $include brought into a merged object: remove it from its own file's object
                Owned own = ownObject(member);
                if (own == null) {
                    return null;
                }
                object = own.object();
                member = own.member();
            }
            all.addAll(Edits.removeMember(object, member,
                    comment -> carried.contains(comment.lines().findFirst().orElse("")), r.notes()));
        }
        // a value derived from a NaN or an infinity (JSON5 allows them) is no fix: OpenClaw refuses both
        return impossible || all.isEmpty() || all.stream().anyMatch(e -> NON_FINITE.matcher(e.replacement()).find())
                ? null : new Fix(description, all);
    }

    /** A member as its own file has it, and the object of that file that holds it. */
    private record Owned(ObjectNode object, Member member) {}

    /**
     * The member as its own file has it, with the object there that holds it, read again from the file's text: the
     * composed document merges the objects of several files into one.
     */
    private static @Nullable Owned ownObject(Member member) {
        SourceFile file = member.keySpan().file();
        Node root = Json5Parser.parse(new SourceFile(file.displayName(), file.path(), file.text())).root();
        List<Node> todo = new ArrayList<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n instanceof ObjectNode o) {
                for (Member m : o.members()) {
                    if (m.keySpan().start() == member.keySpan().start()) {
                        return new Owned(o, m);
                    }
                    todo.add(m.value());
                }
            } else if (n instanceof ArrayNode a) {
                todo.addAll(a.elements());
            }
        }
        return null;
    }

    /** A bare {@code NaN} or {@code Infinity} as a JSON5 value: the whole text, or after a colon, bracket or comma. */
    private static final Pattern NON_FINITE = Pattern.compile(
            "(?:^|[:\\[,])\\s*[-+]?(?:NaN|Infinity)\\s*(?:$|[,}\\]\\r\\n])");

    /**
     * {@link #replaceString} where the string is written literally; elsewhere (an environment value,
     * nothing written) the step is skipped instead of spoiling the fix. For a fix made of independent
     * repairs, each carried out where it can be; {@link #build()} is still null when none could.
     */
    public FixBuilder replaceStringWherePossible(@Nullable String pointer, String value) {
        boolean wasImpossible = impossible;
        replaceString(pointer, value);
        impossible = wasImpossible;
        return this;
    }

    // Rewrites of a whole value or member, for the guide-shape rules; still by pointer.

    /**
     * A node's text as written (comments inside included), to be placed elsewhere as a value of
     * {@link #insertMember}, {@link #merge} or {@link #relocateMember}.
     */
    public static Object asWritten(Node node) {
        return Edits.moved(node);
    }

    /** Moves the member at {@code pointer} to {@code tree} (see {@link Edits#relocate}): in its place where it can. */
    public FixBuilder relocateMember(@Nullable String pointer, Map<String, Object> tree) {
        Member member = pointer == null ? null : document.member(pointer);
        ObjectNode parent = pointer == null ? null : object(JsonPointer.parent(pointer));
        if (member == null || parent == null) {
            return fail();
        }
        if (member.keySpan().file() == parent.span().file()) {
            return edits(Edits.relocate(parent, member, tree));
        }
        Owned own = ownObject(member);
        return own == null ? fail() : edits(Edits.relocate(parent, member, tree, own.object(), own.member()));
    }

    /** Removes a member no pointer reaches (the earlier of two with the same key) from its object. */
    public FixBuilder removeMember(ObjectNode object, Member member) {
        removals.add(new Removal(object, member, List.of()));
        return this;
    }

    /** Wraps the value at {@code pointer} in a one-element array, as written. */
    public FixBuilder wrapInArray(@Nullable String pointer) {
        Node node = writtenNode(pointer);
        return node == null ? fail() : add(Edits.wrapInArray(node));
    }

    /** Turns the array of objects at {@code pointer} into an object keyed by their {@code keyMember} ({@link Edits#arrayToKeyedObject}). */
    public FixBuilder arrayToKeyedObject(@Nullable String pointer, String keyMember) {
        Node node = pointer == null ? null : document.node(pointer);
        return node instanceof ArrayNode a ? edits(Edits.arrayToKeyedObject(a, keyMember)) : fail();
    }

    /**
     * As {@link #arrayToKeyedObject(String, String)}, giving the first element the member {@code firstKey: firstValue}
     * in place of its keying member ({@link Edits#arrayToKeyedObject(ArrayNode, String, String, Object)}).
     */
    public FixBuilder arrayToKeyedObject(@Nullable String pointer, String keyMember, String firstKey, Object firstValue) {
        Node node = pointer == null ? null : document.node(pointer);
        return node instanceof ArrayNode a ? edits(Edits.arrayToKeyedObject(a, keyMember, firstKey, firstValue)) : fail();
    }

    /** Turns the object of objects at {@code pointer} into an array of them ({@link Edits#keyedObjectToArray}). */
    public FixBuilder keyedObjectToArray(@Nullable String pointer, String keyMember, List<String> copies) {
        ObjectNode map = object(pointer);
        return map == null ? fail() : edits(Edits.keyedObjectToArray(map, keyMember, copies));
    }

    private @Nullable Node writtenNode(@Nullable String pointer) {
        Node node = pointer == null ? null : document.node(pointer);
        return node == null || node instanceof StringNode s && s.fromEnvironment() ? null : node;
    }

    private @Nullable ObjectNode object(@Nullable String pointer) {
        return pointer != null && document.node(pointer) instanceof ObjectNode o ? o : null;
    }

    /** Edits that {@link Edits} computed for a step; null (the rewrite is not possible) spoils the fix. */
    private FixBuilder edits(@Nullable List<TextEdit> more) {
        return more == null ? fail() : addAll(more);
    }

    private FixBuilder add(TextEdit edit) {
        edits.add(edit);
        return this;
    }

    private FixBuilder addAll(List<TextEdit> more) {
        edits.addAll(more);
        return this;
    }

    private FixBuilder fail() {
        impossible = true;
        return this;
    }
}
