package dev.clawlint.core.edit;

import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import dev.clawlint.core.util.JsNumbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The toolkit rules use to build fixes: small text edits on the original source that keep
 * everything they do not touch byte-for-byte, and write new text in the file's own style
 * ({@link FileStyle}: indentation, quotes, key quoting, trailing commas, line breaks).
 *
 * <p>Text passed in as a value ({@code valueText}) is JSON5 written with {@code \n} line breaks and
 * indented relative to its first line in the file's unit; {@link #render} produces such text from
 * plain Java values, {@link #moved} from an existing node. The edits re-indent and convert line
 * breaks when they place it.
 */
public final class Edits {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Map<SourceFile, FileStyle> STYLES = Collections.synchronizedMap(new WeakHashMap<>());

    private Edits() {}

    /** The style of a file (computed once per file). */
    public static FileStyle style(SourceFile file) {
        return STYLES.computeIfAbsent(file, FileStyle::of);
    }

    /** A string literal in the file's quote character. */
    public static String quote(SourceFile file, String value) {
        return quote(style(file).quote(), value);
    }

    /** A string literal in this quote character, escaped as JSON5 requires. */
    public static String quote(char q, String value) {
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c == q) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || isLoneSurrogate(value, i)) {
                        // a lone surrogate (from a "\ud800" escape) has no UTF-8 form: written raw it would become '?'
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(q).toString();
    }

    /** Whether the char at {@code i} is half of a surrogate pair without its other half. */
    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** A key as the file writes keys: quoted, or bare when the file uses bare keys and the key allows it. */
    public static String key(SourceFile file, String key) {
        FileStyle s = style(file);
        return !s.quoteKeys() && IDENTIFIER.matcher(key).matches() ? key : quote(s.quote(), key);
    }

    /** Replaces a value (the whole node, quotes and brackets included) with JSON5 text. */
    public static TextEdit replaceValue(Node node, String json5Text) {
        SourceFile file = node.span().file();
        String indent = indentOfLine(file.text(), node.span().start());
        return new TextEdit(file, node.span().start(), node.span().end(), place(file, json5Text, indent));
    }

    /** Renames a member's key, keeping how that key was written (quote character, or bare when possible). */
    public static TextEdit renameKey(Member member, String newKey) {
        SourceFile file = member.keySpan().file();
        String written = member.keySpan().text();
        char first = written.isEmpty() ? ' ' : written.charAt(0);
        String text;
        if (first == '"' || first == '\'') {
            text = quote(first, newKey);
        } else if (IDENTIFIER.matcher(newKey).matches()) {
            text = newKey;
        } else {
            text = quote(style(file).quote(), newKey);
        }
        return new TextEdit(file, member.keySpan().start(), member.keySpan().end(), text);
    }

    /**
     * Removes a member with its comma. A member alone on its line(s) goes with those whole lines; a comment
     * inside it or after it on its last line stays in its place, on a line of its own. When the
     * last member goes and the file does not use trailing commas, the comma before it goes too; an
     * object left with nothing but white space becomes {@code {}}.
     *
     * @throws IllegalArgumentException if the member does not belong to the object
     */
    public static List<TextEdit> removeMember(ObjectNode object, Member member) {
        return removeMember(object, member, comment -> false);
    }

    /**
     * {@link #removeMember(ObjectNode, Member)}, leaving out the comments {@code carriedElsewhere} accepts: those
     * the same fix writes at another place (a block moved with its comments).
     */
    public static List<TextEdit> removeMember(ObjectNode object, Member member, Predicate<String> carriedElsewhere) {
        return removeMember(object, member, carriedElsewhere, List.of());
    }

    /**
     * {@link #removeMember(ObjectNode, Member, Predicate)}, leaving {@code notes} (each one line, written as a
     * {@code //} comment) in the member's place before its own comments: what the removed member meant, for a fix
     * that has nowhere to put it yet.
     */
    public static List<TextEdit> removeMember(ObjectNode object, Member member, Predicate<String> carriedElsewhere,
            List<String> notes) {
        int index = indexOf(object, member);
        SourceFile file = object.span().file();
        String text = file.text();
        int start = member.keySpan().start();
        int valueEnd = member.value().span().end();
        int comma = commaAfter(text, valueEnd);
        int open = object.span().start() + 1;
        int close = object.span().end() - 1;
        @Nullable Member previous = index > 0 ? object.members().get(index - 1) : null;
        int previousComma = previous == null ? -1 : commaAfter(text, previous.value().span().end());
        // every look here stays near the member (line bounds from the file's line table, scans that stop at the
        // first non-blank): removing each of 10,000 duplicates on one 100 KB line was quadratic
        int lineStart = file.lineStartOffset(file.positionAt(start).line());
        int tailFrom = comma >= 0 ? comma + 1 : valueEnd;
        int lineEnd = lineEndOf(file, tailFrom);
        boolean aloneBefore = lineStart > open && blankBackTo(text, start, lineStart);
        boolean aloneAfter = lineEnd < close && blankOrCommentTo(text, tailFrom, lineEnd)
                && (comma < 0 || file.positionAt(comma).line() == file.positionAt(valueEnd).line());
        int delStart;
        int delEnd;
        if (aloneBefore && aloneAfter) {
            delStart = lineStart;
            delEnd = afterLineBreak(text, lineEnd);
        } else if (comma >= 0) {
            delStart = start;
            delEnd = skipSpaces(text, comma + 1);
        } else if (previousComma >= 0) {
            delStart = previousComma;
            delEnd = valueEnd;
            previousComma = -1;
        } else {
            delStart = start;
            delEnd = skipSpaces(text, valueEnd);
        }
        // a comment in what goes is the user's note: it stays where the member was
        List<String> kept = new ArrayList<>();
        notes.forEach(note -> kept.add("// " + note.replaceAll("\\R", " ")));
        kept.addAll(commentsIn(text, delStart, delEnd).stream().filter(carriedElsewhere.negate()).toList());
        if (kept.isEmpty() && object.members().size() == 1 && blank(text, open, delStart) && blank(text, delEnd, close)) {
            return List.of(new TextEdit(file, open, close, ""));
        }
        List<TextEdit> edits = new ArrayList<>();
        boolean wasLast = index == object.members().size() - 1;
        if (wasLast && comma < 0 && previousComma >= 0 && !style(file).trailingCommas()) {
            edits.add(new TextEdit(file, previousComma, previousComma + 1, ""));
        }
        String eol = style(file).lineTerminator();
        String indent = indentOfLine(text, start);
        String replacement;
        if (aloneBefore && aloneAfter) {
            replacement = String.join("", kept.stream().map(c -> indent + c + eol).toList());
        } else if (delStart == previousComma) {
            replacement = String.join("", kept.stream().map(c -> " " + asBlock(c)).toList());
        } else {
            replacement = String.join("", kept.stream().map(c -> asBlock(c) + " ").toList());
        }
        edits.add(new TextEdit(file, delStart, delEnd, replacement));
        return edits;
    }

    /**
     * The comments in {@code text[from, to)}, delimiters included, in order. The range holds whole members
     * of a parsed file, so a quote always opens a string and a slash outside one always opens a comment.
     */
    static List<String> commentsIn(String text, int from, int to) {
        List<String> comments = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i++;
                while (i < to && text.charAt(i) != c) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '/' && i + 1 < to && text.charAt(i + 1) == '/') {
                int end = Math.min(lineEnd(text, i), to);
                comments.add(text.substring(i, end).stripTrailing());
                i = end;
            } else if (c == '/' && i + 1 < to && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 || close + 2 > to ? to : close + 2;
                comments.add(text.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return comments;
    }

    /** A comment that can sit inside a line: a line comment becomes a block comment with the same words. */
    private static String asBlock(String comment) {
        return comment.startsWith("//") ? "/* " + comment.substring(2).strip().replace("*/", "* /") + " */" : comment;
    }

    /**
     * Adds a member after the last one, on its own line at the members' indentation (or inline in a
     * one-line object), with a comma after the previous member and a trailing comma when the file
     * uses them. A comment at the end of the previous member's line stays on that line.
     *
     * @param valueText the value as JSON5, lines after the first indented relative to it
     */
    public static List<TextEdit> insertMember(ObjectNode object, String key, String valueText) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(key, valueText);
        return insertMembers(object, one);
    }

    /**
     * Adds several members after the last one, in the map's order, as {@link #insertMember} does
     * for one (one edit point, so they cannot clash with one another).
     *
     * @param members key to value text (JSON5, lines after the first indented relative to it)
     */
    public static List<TextEdit> insertMembers(ObjectNode object, Map<String, String> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        SourceFile file = object.span().file();
        String text = file.text();
        FileStyle style = style(file);
        String eol = style.lineTerminator();
        String trailingComma = style.trailingCommas() ? "," : "";
        int open = object.span().start();
        int close = object.span().end() - 1;
        String objectIndent = indentOfLine(text, open);
        boolean oneLine = lineStart(text, open) == lineStart(text, close);
        List<Member> existing = object.members();
        if (existing.isEmpty()) {
            String childIndent = objectIndent + style.indentUnit();
            String block = lines(file, members, childIndent, eol);
            if (oneLine) {
                return List.of(new TextEdit(file, open + 1, close, eol + childIndent + block + trailingComma + eol + objectIndent));
            }
            int closeLine = lineStart(text, close);
            if (text.substring(closeLine, close).isBlank()) {
                return List.of(new TextEdit(file, closeLine, closeLine, childIndent + block + trailingComma + eol));
            }
            return List.of(new TextEdit(file, close, close, eol + childIndent + block + eol + objectIndent));
        }
        Member last = existing.get(existing.size() - 1);
        int valueEnd = last.value().span().end();
        int comma = commaAfter(text, valueEnd);
        if (oneLine) {
            StringBuilder inline = new StringBuilder();
            for (Map.Entry<String, String> e : members.entrySet()) {
                if (inline.length() > 0) {
                    inline.append(", ");
                }
                inline.append(key(file, e.getKey())).append(": ").append(oneLine(e.getValue()));
            }
            String flat = inline.toString();
            if (comma >= 0) {
                return List.of(new TextEdit(file, comma + 1, comma + 1, " " + flat + ","));
            }
            return List.of(new TextEdit(file, valueEnd, valueEnd, ", " + flat));
        }
        int lastKeyLine = lineStart(text, last.keySpan().start());
        String childIndent = text.substring(lastKeyLine, last.keySpan().start()).isBlank()
                ? indentOfLine(text, last.keySpan().start())
                : objectIndent + style.indentUnit();
        int after = comma >= 0 ? comma + 1 : valueEnd;
        int lineEnd = lineEnd(text, after);
        boolean closeOnSameLine = lineStart(text, close) == lineStart(text, after);
        int insertAt = !closeOnSameLine && isBlankOrComment(text.substring(after, lineEnd)) ? lineEnd : after;
        String added = eol + childIndent + lines(file, members, childIndent, eol) + trailingComma;
        List<TextEdit> edits = new ArrayList<>();
        if (comma < 0) {
            if (insertAt == valueEnd) {
                return List.of(new TextEdit(file, valueEnd, valueEnd, "," + added));
            }
            edits.add(new TextEdit(file, valueEnd, valueEnd, ","));
        }
        edits.add(new TextEdit(file, insertAt, insertAt, added));
        return edits;
    }

    /** Multi-line value text on one line: no trailing commas, one space where a line broke. */
    private static String oneLine(String valueText) {
        return valueText.replaceAll(",(\\n\\s*[}\\]])", "$1").replaceAll("\\n\\s*", " ");
    }

    /** Members one per line at this indentation, separated by commas (none after the last). */
    private static String lines(SourceFile file, Map<String, String> members, String indent, String eol) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : members.entrySet()) {
            if (sb.length() > 0) {
                sb.append(',').append(eol).append(indent);
            }
            sb.append(key(file, e.getKey())).append(": ").append(place(file, e.getValue(), indent));
        }
        return sb.toString();
    }

    /**
     * Replaces one member (key to end of value) with other members written at its place, so a
     * moved block appears where the old one was. Its comma and comments around it stay; comments inside it
     * go above the new members.
     *
     * @param members key to plain value ({@link #render} types)
     */
    public static TextEdit replaceMember(Member member, Map<String, Object> members) {
        return replaceMember(member, members, List.of());
    }

    /**
     * {@link #replaceMember(Member, Map)} with {@code notes} (each one line, written as {@code //} comments) above
     * the new members: what the old member meant, where the fix has nowhere else to keep it.
     */
    public static TextEdit replaceMember(Member member, Map<String, Object> members, List<String> notes) {
        SourceFile file = member.keySpan().file();
        String text = file.text();
        int start = member.keySpan().start();
        String indent = indentOfLine(text, start);
        Map<String, String> rendered = new LinkedHashMap<>();
        members.forEach((k, v) -> rendered.put(k, render(file, v)));
        String eol = style(file).lineTerminator();
        int end = member.value().span().end();
        // comments inside the old member go above the members that replace it (inline: before them), unless
        // the new members carry them (the old value moved inside them as written)
        String written = String.join("\n", rendered.values());
        List<String> kept = new ArrayList<>();
        notes.forEach(note -> kept.add("// " + note.replaceAll("\\R", " ")));
        kept.addAll(commentsIn(text, start, end).stream()
                .filter(c -> !written.contains(c.lines().findFirst().orElse(""))).toList());
        String joined = text.substring(lineStart(text, start), start).isBlank()
                ? String.join("", kept.stream().map(c -> c + eol + indent).toList()) + lines(file, rendered, indent, eol)
                : String.join("", kept.stream().map(c -> asBlock(c) + " ").toList())
                        + String.join(", ", rendered.entrySet().stream().map(e -> key(file, e.getKey()) + ": " + e.getValue()).toList());
        return new TextEdit(file, start, end, joined);
    }

    /**
     * Deep-merges plain values into an existing object: keys it lacks are added (at the end of the
     * deepest object that exists), objects it has are merged into.
     *
     * @return the edits, or null when a key exists with a value that is not an object to merge into
     */
    public static @Nullable List<TextEdit> merge(ObjectNode base, Map<String, Object> tree) {
        List<TextEdit> edits = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : tree.entrySet()) {
            Node existing = base.get(e.getKey());
            if (existing == null) {
                missing.put(e.getKey(), render(base.span().file(), e.getValue()));
            } else if (existing instanceof ObjectNode o && e.getValue() instanceof Map<?, ?> m) {
                Map<String, Object> sub = new LinkedHashMap<>();
                m.forEach((k, v) -> {
                    if (v != null) {
                        sub.put(String.valueOf(k), v);
                    }
                });
                List<TextEdit> inner = merge(o, sub);
                if (inner == null) {
                    return null;
                }
                edits.addAll(inner);
            } else {
                return null;
            }
        }
        edits.addAll(insertMembers(base, missing));
        return edits;
    }

    /**
     * Moves a member of {@code root} elsewhere: the parts of {@code tree} whose top key {@code root}
     * lacks take the old member's place, the rest merge into the existing objects; with nothing to
     * write in its place the old member is removed.
     *
     * @return the edits, or null when {@link #merge} finds a conflict
     */
    public static @Nullable List<TextEdit> relocate(ObjectNode root, Member old, Map<String, Object> tree) {
        return relocate(root, old, tree, root, old);
    }

    /**
     * {@link #relocate(ObjectNode, Member, Map)} for a member that an {@code $include} brought into {@code root}: it is
     * removed from {@code owner}, the object of its own file that holds it ({@code ownOld} there).
     */
    public static @Nullable List<TextEdit> relocate(ObjectNode root, Member old, Map<String, Object> tree, ObjectNode owner,
            Member ownOld) {
        Map<String, Object> inPlace = new LinkedHashMap<>();
        Map<String, Object> into = new LinkedHashMap<>();
        tree.forEach((k, v) -> (root.has(k) && !k.equals(old.key()) ? into : inPlace).put(k, v));
        List<TextEdit> edits = merge(root, into);
        if (edits == null) {
            return null;
        }
        List<TextEdit> out = new ArrayList<>(edits);
        if (inPlace.isEmpty()) {
            String moved = render(root.span().file(), tree);
            out.addAll(removeMember(owner, ownOld, comment -> moved.contains(comment.lines().findFirst().orElse(""))));
        } else {
            out.add(replaceMember(old, inPlace));
        }
        return out;
    }

    /**
     * Adds {@code value} at {@code path} below {@code base}, creating the objects on the way that do
     * not exist yet (as one nested member of the deepest one that does).
     *
     * @return the edits, or null when some object on the way is not an object or the last key exists
     */
    public static @Nullable List<TextEdit> putPath(ObjectNode base, List<String> path, Object value) {
        ObjectNode current = base;
        for (int i = 0; i < path.size(); i++) {
            Node next = current.get(path.get(i));
            if (next == null) {
                Object nested = value;
                for (int j = path.size() - 1; j > i; j--) {
                    nested = Map.of(path.get(j), nested);
                }
                return insertMember(current, path.get(i), render(current.span().file(), nested));
            }
            if (i == path.size() - 1 || !(next instanceof ObjectNode o)) {
                return null;
            }
            current = o;
        }
        return null;
    }

    /**
     * JSON5 text for a plain value in the file's style: {@link Map} (in its iteration order),
     * {@link List}, {@link String}, {@link Number}, {@link Boolean}, {@link Moved}, or null.
     * Objects and arrays are written one member per line.
     */
    public static String render(SourceFile file, @Nullable Object value) {
        StringBuilder sb = new StringBuilder();
        render(file, style(file), value, "", sb);
        return sb.toString();
    }

    private static void render(SourceFile file, FileStyle style, @Nullable Object value, String indent, StringBuilder sb) {
        String inner = indent + style.indentUnit();
        String trailing = style.trailingCommas() ? "," : "";
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            int n = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append('\n').append(inner).append(key(file, String.valueOf(e.getKey()))).append(": ");
                render(file, style, e.getValue(), inner, sb);
                sb.append(++n < map.size() ? "," : trailing);
            }
            sb.append('\n').append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int n = 0; n < list.size(); n++) {
                sb.append('\n').append(inner);
                render(file, style, list.get(n), inner, sb);
                sb.append(n + 1 < list.size() ? "," : trailing);
            }
            sb.append('\n').append(indent).append(']');
        } else if (value instanceof String s) {
            sb.append(quote(style.quote(), s));
        } else if (value instanceof Moved m) {
            sb.append(m.text().replace("\n", "\n" + indent));
        } else if (value instanceof Double d) {
            sb.append(JsNumbers.toString(d));
        } else {
            sb.append(String.valueOf(value));
        }
    }

    /**
     * Existing source text to be placed elsewhere, indentation made relative to its first line.
     *
     * @param text the text with {@code \n} line breaks
     */
    public record Moved(String text) {}

    /** The text of a node (comments inside it included), ready to be placed at another depth. */
    public static Moved moved(Node node) {
        String text = node.span().file().text();
        return new Moved(relative(node.span().text(), indentOfLine(text, node.span().start()).length()));
    }

    /** The text of a stretch of a file, ready to be placed at another depth ({@code start} sets the base indentation). */
    public static Moved moved(SourceFile file, int start, int end) {
        return new Moved(relative(file.text().substring(start, end), indentOfLine(file.text(), start).length()));
    }

    private static String relative(String text, int baseIndent) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int strip = 0;
            while (strip < baseIndent && strip < line.length() && (line.charAt(strip) == ' ' || line.charAt(strip) == '\t')) {
                strip++;
            }
            sb.append('\n').append(line.substring(strip));
        }
        return sb.toString();
    }

    /** Wraps a value in a one-element array as written ({@code "a"} becomes {@code ["a"]}). */
    public static TextEdit wrapInArray(Node node) {
        SourceFile file = node.span().file();
        return new TextEdit(file, node.span().start(), node.span().end(), "[" + node.span().text() + "]");
    }

    /**
     * Turns an array of objects into an object keyed by one of their string members: the brackets
     * become braces, each element is prefixed with its key, and the keying member is removed from it.
     * Everything else inside stays as written.
     *
     * @return the edits, or null when an element is not an object, lacks the member (or writes it
     *     twice, or not as a string), or two elements share a key
     */
    public static @Nullable List<TextEdit> arrayToKeyedObject(ArrayNode array, String keyMember) {
        return arrayToKeyedObject(array, keyMember, null, null);
    }

    /**
     * As {@link #arrayToKeyedObject(ArrayNode, String)}, and the first element gets the member
     * {@code firstKey: firstValue}, written where its keying member was (so an element that held nothing else
     * becomes {@code { firstKey: firstValue }}).
     */
    public static @Nullable List<TextEdit> arrayToKeyedObject(ArrayNode array, String keyMember, @Nullable String firstKey,
            @Nullable Object firstValue) {
        SourceFile file = array.span().file();
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(file, array.span().start(), array.span().start() + 1, "{"));
        edits.add(new TextEdit(file, array.span().end() - 1, array.span().end(), "}"));
        Set<String> seen = new HashSet<>();
        for (Node element : array.elements()) {
            Member id = element instanceof ObjectNode o ? o.member(keyMember) : null;
            if (!(element instanceof ObjectNode object) || id == null || !(id.value() instanceof StringNode key)
                    || !seen.add(key.value()) || object.members().stream().filter(m -> m.key().equals(keyMember)).count() > 1) {
                return null;
            }
            edits.add(new TextEdit(file, object.span().start(), object.span().start(), key(file, key.value()) + ": "));
            if (firstKey != null && element == array.elements().get(0)) {
                edits.add(new TextEdit(file, id.keySpan().start(), id.value().span().end(),
                        key(file, firstKey) + ": " + render(file, firstValue)));
            } else {
                edits.addAll(removeMember(object, id));
            }
        }
        return edits;
    }

    /**
     * Turns an object whose members are objects into an array of them: the braces become brackets,
     * each {@code "key": } goes, and each element gets {@code keyMember: "key"} (unless it has that
     * member) and each of {@code copies} set to its identity (its {@code keyMember}, else its key)
     * unless it has it, written first in the layout of its first member. Everything else stays.
     *
     * @return the edits, or null when a member is not an object, a key repeats, or an element's
     *     {@code keyMember} is not a string
     */
    public static @Nullable List<TextEdit> keyedObjectToArray(ObjectNode map, String keyMember, List<String> copies) {
        SourceFile file = map.span().file();
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(file, map.span().start(), map.span().start() + 1, "["));
        edits.add(new TextEdit(file, map.span().end() - 1, map.span().end(), "]"));
        Set<String> seen = new HashSet<>();
        for (Member m : map.members()) {
            if (!seen.add(m.key()) || !(m.value() instanceof ObjectNode element)) {
                return null;
            }
            // drop `"key": ` so the value object stands alone as an array element
            edits.add(new TextEdit(file, m.keySpan().start(), element.span().start(), ""));
            String identity = element.string(keyMember);
            if (element.has(keyMember) && identity == null) {
                return null;
            }
            List<String> added = new ArrayList<>();
            if (identity == null) {
                added.add(key(file, keyMember) + ": " + quote(file, m.key()));
            }
            for (String copy : copies) {
                if (!element.has(copy)) {
                    added.add(key(file, copy) + ": " + quote(file, identity == null ? m.key() : identity));
                }
            }
            if (!added.isEmpty()) {
                edits.add(insertFirstMembers(element, added));
            }
        }
        return edits;
    }

    /** Inserts members (written {@code key: value}) at the start of an object, in the layout of its first member. */
    private static TextEdit insertFirstMembers(ObjectNode object, List<String> members) {
        SourceFile file = object.span().file();
        String text = file.text();
        int open = object.span().start();
        int close = object.span().end() - 1;
        FileStyle style = style(file);
        String eol = style.lineTerminator();
        if (object.members().isEmpty()) {
            String indent = indentOfLine(text, open);
            String inner = indent + style.indentUnit();
            String trailing = style.trailingCommas() ? "," : "";
            return new TextEdit(file, open + 1, close, eol + inner + String.join("," + eol + inner, members) + trailing
                    + eol + indent);
        }
        int first = object.members().get(0).keySpan().start();
        if (!text.substring(lineStart(text, first), first).isBlank()) {
            return new TextEdit(file, open + 1, open + 1, " " + String.join(", ", members) + ",");
        }
        String indent = indentOfLine(text, first);
        StringBuilder sb = new StringBuilder();
        for (String m : members) {
            sb.append(eol).append(indent).append(m).append(',');
        }
        return new TextEdit(file, open + 1, open + 1, sb.toString());
    }

    /** Text with {@code \n} line breaks, placed at this indentation in this file. */
    static String place(SourceFile file, String json5Text, String indent) {
        return json5Text.replace("\n", style(file).lineTerminator() + indent);
    }

    /** The white space at the start of the line holding {@code offset}. */
    public static String indentOfLine(String text, int offset) {
        int start = lineStart(text, offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    private static int indexOf(ObjectNode object, Member member) {
        // members are in source order: find it by its key's offset first
        List<Member> members = object.members();
        int low = 0;
        int high = members.size() - 1;
        int at = member.keySpan().start();
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midAt = members.get(mid).keySpan().start();
            if (midAt < at) {
                low = mid + 1;
            } else if (midAt > at) {
                high = mid - 1;
            } else {
                if (members.get(mid) == member) {
                    return mid;
                }
                break;
            }
        }
        for (int i = 0; i < object.members().size(); i++) {
            if (object.members().get(i) == member) {
                return i;
            }
        }
        for (int i = 0; i < object.members().size(); i++) {
            if (object.members().get(i).equals(member)) {
                return i;
            }
        }
        throw new IllegalArgumentException("member \"" + member.key() + "\" is not in this object");
    }

    /** The offset of the comma after a value (past white space and comments), or -1. */
    static int commaAfter(String text, int from) {
        int i = skipTrivia(text, from);
        return i < text.length() && text.charAt(i) == ',' ? i : -1;
    }

    static int skipTrivia(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The end of the line holding {@code offset}, before its terminator. */
    private static int lineEndOf(SourceFile file, int offset) {
        String text = file.text();
        int line = file.positionAt(offset).line();
        if (line >= file.lineCount()) {
            return text.length();
        }
        int end = file.lineStartOffset(line + 1);
        while (end > offset && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Whether {@code text[from, to)} is white space only. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether only white space lies between {@code lineStart} and {@code offset} (looking back, stopping early). */
    private static boolean blankBackTo(String text, int offset, int lineStart) {
        for (int i = offset - 1; i >= lineStart; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** As {@code isBlankOrComment(text.substring(from, to))}, reading only as far as it must. */
    private static boolean blankOrCommentTo(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == to || text.startsWith("//", i)) {
            return true;
        }
        if (!text.startsWith("/*", i)) {
            return false;
        }
        int close = text.indexOf("*/", i + 1);
        return close >= 0 && close + 2 <= to && blank(text, close + 2, to);
    }

    private static boolean isBlankOrComment(String rest) {
        String t = rest.strip();
        return t.isEmpty() || t.startsWith("//") || (t.startsWith("/*") && t.endsWith("*/") && t.indexOf("*/") == t.length() - 2);
    }

    static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int afterLineBreak(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            return lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
        }
        return lineEnd < text.length() ? lineEnd + 1 : lineEnd;
    }
}
