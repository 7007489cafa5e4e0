package dev.clawlint.core.load;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.source.Span;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Comment;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NullNode;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON5 (https://spec.json5.org) the way the JSON5 reference parser does, which is what
 * OpenClaw falls back to when {@code JSON.parse} fails. Keeps every key and value span and every
 * comment, and records repeated keys instead of failing on them.
 *
 * <p>No Jackson feature set covers JSON5 (hexadecimal numbers, {@code Infinity}, line continuations,
 * identifier escapes...), and none keeps comments with positions, so this reader is our own.
 */
public final class Json5Parser {
    private final SourceFile source;
    private final String text;
    private final ReadLimits limits;
    private final List<Comment> comments = new ArrayList<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private int pos;
    private int depth;

    private Json5Parser(SourceFile source, ReadLimits limits) {
        this.source = source;
        this.text = source.text();
        this.limits = limits;
    }

    /** Parses the whole text of {@code source} as one JSON5 value. */
    public static ParsedFile parse(SourceFile source, ReadLimits limits) {
        Json5Parser parser = new Json5Parser(source, limits);
        try {
            parser.skipBlank();
            if (parser.pos >= parser.text.length()) {
                throw parser.fail(0, "the file is empty: expected a JSON5 value (OpenClaw needs at least {})");
            }
            Node root = parser.value();
            parser.skipBlank();
            if (parser.pos < parser.text.length()) {
                throw parser.unexpected("expected the end of the file after the top-level value");
            }
            return new ParsedFile(source, root, null, parser.comments, parser.duplicates);
        } catch (Failure f) {
            return new ParsedFile(source, null, f.problem, parser.comments, parser.duplicates);
        }
    }

    /** Parses with the default limits. */
    public static ParsedFile parse(SourceFile source) {
        return parse(source, ReadLimits.DEFAULT);
    }

    // --- values -----------------------------------------------------------------------------

    private Node value() {
        if (pos >= text.length()) {
            throw fail(0, "unexpected end of file: expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
            case '\'':
                int start = pos;
                String s = string(c);
                return new StringNode(span(start), s);
            default:
                break;
        }
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (startsWithWord("true")) {
            return new BooleanNode(word(4), true);
        }
        if (startsWithWord("false")) {
            return new BooleanNode(word(5), false);
        }
        if (startsWithWord("null")) {
            return new NullNode(word(4));
        }
        if (startsWithWord("Infinity") || startsWithWord("NaN")) {
            return number();
        }
        throw unexpected("expected a value (an object, array, string, number, true, false or null)");
    }

    private ObjectNode object() {
        int start = pos;
        enter();
        pos++; // {
        List<Member> members = new ArrayList<>();
        Map<String, Member> seen = new HashMap<>();
        List<Member[]> repeats = new ArrayList<>();
        skipBlank();
        while (true) {
            if (pos >= text.length()) {
                throw fail(0, "unexpected end of file inside an object: expected a key or '}'");
            }
            if (text.charAt(pos) == '}') {
                pos++;
                break;
            }
            int keyStart = pos;
            String key = key();
            Span keySpan = span(keyStart);
            skipBlank();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw unexpected("expected ':' after the key \"" + key + "\"");
            }
            pos++;
            skipBlank();
            Node value = value();
            Member member = new Member(key, keySpan, value);
            Member earlier = seen.put(key, member);
            if (earlier != null) {
                repeats.add(new Member[] {earlier, member});
            }
            members.add(member);
            if (members.size() > limits.maxMembers()) {
                throw fail(keySpan.start(), keySpan.end() - keySpan.start(),
                        "an object with more than " + limits.maxMembers() + " members; clawlint stops reading here");
            }
            skipBlank();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                skipBlank();
                continue;
            }
            if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                break;
            }
            if (pos >= text.length()) {
                throw fail(0, "unexpected end of file inside an object: expected ',' or '}'");
            }
            throw unexpected("expected ',' or '}' after an object member");
        }
        depth--;
        ObjectNode node = new ObjectNode(span(start), members);
        for (Member[] r : repeats) {
            duplicates.add(new DuplicateKey(node, r[0], r[1]));
        }
        return node;
    }

    private ArrayNode array() {
        int start = pos;
        enter();
        pos++; // [
        List<Node> elements = new ArrayList<>();
        skipBlank();
        while (true) {
            if (pos >= text.length()) {
                throw fail(0, "unexpected end of file inside an array: expected a value or ']'");
            }
            if (text.charAt(pos) == ']') {
                pos++;
                break;
            }
            int elementStart = pos;
            elements.add(value());
            if (elements.size() > limits.maxMembers()) {
                throw fail(elementStart, pos - elementStart,
                        "an array with more than " + limits.maxMembers() + " elements; clawlint stops reading here");
            }
            skipBlank();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                skipBlank();
                continue;
            }
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                break;
            }
            if (pos >= text.length()) {
                throw fail(0, "unexpected end of file inside an array: expected ',' or ']'");
            }
            throw unexpected("expected ',' or ']' after an array element");
        }
        depth--;
        return new ArrayNode(span(start), elements);
    }

    private void enter() {
        if (++depth > limits.maxDepth()) {
            throw fail(1, "objects and arrays nested more than " + limits.maxDepth() + " levels deep; clawlint stops reading here");
        }
    }

    // --- keys -------------------------------------------------------------------------------

    private String key() {
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return string(c);
        }
        return identifier();
    }

    /** An ECMAScript IdentifierName, with {@code \\uXXXX} escapes, as JSON5 allows for keys. */
    private String identifier() {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            int here = pos;
            if (cp == '\\') {
                if (pos + 1 >= text.length() || text.charAt(pos + 1) != 'u') {
                    throw unexpected("expected a \\u escape in an unquoted key");
                }
                pos += 2;
                int escaped = hexDigits(4);
                if (!(first ? isIdentifierStart(escaped) : isIdentifierPart(escaped))) {
                    pos = here;
                    throw fail(6, "the escape \\u" + text.substring(here + 2, here + 6)
                            + " is not a character allowed in an unquoted key");
                }
                sb.appendCodePoint(escaped);
            } else if (first ? isIdentifierStart(cp) : isIdentifierPart(cp)) {
                sb.appendCodePoint(cp);
                pos += Character.charCount(cp);
            } else {
                break;
            }
            first = false;
            checkLength(sb);
        }
        if (sb.length() == 0) {
            throw unexpected("expected a key (a quoted string or an identifier) or '}'");
        }
        return sb.toString();
    }

    private static boolean isIdentifierStart(int cp) {
        if (cp == '$' || cp == '_') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER || type == Character.LETTER_NUMBER;
    }

    private static boolean isIdentifierPart(int cp) {
        if (isIdentifierStart(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.CONNECTOR_PUNCTUATION;
    }

    // --- strings ----------------------------------------------------------------------------

    private String string(char quote) {
        int open = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw fail(0, "unexpected end of file: the string opened at " + source.positionAt(open)
                        + " is never closed with " + quote);
            }
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return sb.toString();
            }
            if (c == '\n' || c == '\r') {
                throw fail(1, "a line break inside a string: end the string first, or write \\n");
            }
            if (c == '\\') {
                escape(sb);
            } else {
                sb.append(c);
                pos++;
            }
            checkLength(sb);
        }
    }

    private void escape(StringBuilder sb) {
        int start = pos;
        pos++; // backslash
        if (pos >= text.length()) {
            throw fail(0, "unexpected end of file in an escape sequence");
        }
        char c = text.charAt(pos);
        switch (c) {
            case 'b' -> append(sb, '\b');
            case 'f' -> append(sb, '\f');
            case 'n' -> append(sb, '\n');
            case 'r' -> append(sb, '\r');
            case 't' -> append(sb, '\t');
            case 'v' -> append(sb, '\u000B');
            case '0' -> {
                if (pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
                    pos++;
                    throw unexpected("a digit after \\0: JSON5 has no octal escapes");
                }
                append(sb, '\0');
            }
            case 'x' -> {
                pos++;
                sb.append((char) hexDigits(2));
            }
            case 'u' -> {
                pos++;
                if (pos < text.length() && text.charAt(pos) == '{') {
                    throw codePointEscape(start);
                }
                sb.append((char) hexDigits(4));
            }
            case '\n', '\u2028', '\u2029' -> pos++; // line continuation
            case '\r' -> {
                pos++;
                if (pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
            }
            default -> {
                if (isDigit(c)) {
                    throw unexpected("\\" + c + " is not a JSON5 escape (no octal escapes)");
                }
                int cp = text.codePointAt(pos);
                sb.appendCodePoint(cp);
                pos += Character.charCount(cp);
            }
        }
        assert pos > start;
    }

    /**
     * A code point escape (backslash, {@code u}, hex digits in braces) is ES2015, which JSON5 does not
     * have; people paste it from JavaScript.
     * The finding covers the escape and says what to write instead.
     */
    private Failure codePointEscape(int backslash) {
        int close = text.indexOf('}', backslash);
        int lineEnd = close < 0 ? -1 : text.substring(backslash, close).indexOf('\n');
        String advice = "write the character itself";
        int length = 3;
        if (close > backslash + 3 && close <= backslash + 12 && lineEnd < 0) {
            length = close + 1 - backslash;
            try {
                int cp = Integer.parseInt(text.substring(backslash + 3, close), 16);
                if (Character.isValidCodePoint(cp)) {
                    StringBuilder pair = new StringBuilder();
                    for (char unit : Character.toChars(cp)) {
                        pair.append(String.format("\\u%04X", (int) unit));
                    }
                    advice += " or the escape " + pair;
                }
            } catch (NumberFormatException e) {
                // not hexadecimal: no replacement to suggest, the general advice stands
            }
        }
        return fail(backslash, length, "the escape " + text.substring(backslash, backslash + length)
                + " is JavaScript, not JSON5 (\\u takes exactly four hexadecimal digits): " + advice);
    }

    private void append(StringBuilder sb, char c) {
        sb.append(c);
        pos++;
    }

    private int hexDigits(int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            if (pos >= text.length()) {
                throw fail(0, "unexpected end of file: expected a hexadecimal digit");
            }
            int digit = Character.digit(text.charAt(pos), 16);
            if (digit < 0 || text.charAt(pos) > 'f') {
                throw unexpected("expected a hexadecimal digit (0-9, a-f)");
            }
            value = value * 16 + digit;
            pos++;
        }
        return value;
    }

    private void checkLength(StringBuilder sb) {
        if (sb.length() > limits.maxStringLength()) {
            throw fail(1, "a string longer than " + limits.maxStringLength() + " characters; clawlint stops reading here");
        }
    }

    // --- numbers ----------------------------------------------------------------------------

    private NumberNode number() {
        int start = pos;
        double sign = 1;
        char c = text.charAt(pos);
        if (c == '+' || c == '-') {
            sign = c == '-' ? -1 : 1;
            pos++;
        }
        if (startsWithWord("Infinity")) {
            pos += 8;
            return new NumberNode(span(start), sign * Double.POSITIVE_INFINITY);
        }
        if (startsWithWord("NaN")) {
            pos += 3;
            return new NumberNode(span(start), Double.NaN);
        }
        if (pos >= text.length()) {
            throw fail(0, "unexpected end of file: expected a digit");
        }
        c = text.charAt(pos);
        if (c == '0' && pos + 1 < text.length() && (text.charAt(pos + 1) == 'x' || text.charAt(pos + 1) == 'X')) {
            pos += 2;
            int digitsStart = pos;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0 && text.charAt(pos) <= 'f') {
                pos++;
            }
            if (pos == digitsStart) {
                throw unexpected("expected a hexadecimal digit after 0x");
            }
            double value = new java.math.BigInteger(text.substring(digitsStart, pos), 16).doubleValue();
            endOfNumber();
            return new NumberNode(span(start), sign * value);
        }
        int digitsStart = pos;
        if (c == '0') {
            pos++;
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                throw unexpected("a number may not start with 0 followed by more digits");
            }
        } else if (isDigit(c)) {
            skipDigits();
        } else if (c != '.') {
            throw unexpected("expected a digit, '.', Infinity or NaN");
        }
        boolean intPart = pos > digitsStart;
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            int fractionStart = pos;
            skipDigits();
            if (!intPart && pos == fractionStart) {
                throw unexpected("expected a digit after '.'");
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int expStart = pos;
            skipDigits();
            if (pos == expStart) {
                throw pos >= text.length() ? fail(0, "unexpected end of file: expected an exponent digit")
                        : unexpected("expected a digit in the exponent");
            }
        }
        String literal = text.substring(digitsStart, pos);
        double value = Double.parseDouble(literal.endsWith(".") ? literal + "0" : literal);
        endOfNumber();
        return new NumberNode(span(start), sign * value);
    }

    /** A number must not run into letters or digits ({@code 1x}, {@code 0x1g}). */
    private void endOfNumber() {
        if (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (isIdentifierPart(cp) || cp == '\\') {
                throw unexpected("expected the number to end here");
            }
        }
    }

    private void skipDigits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // --- blanks and comments ----------------------------------------------------------------

    private void skipBlank() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                int start = pos;
                pos += 2;
                while (pos < text.length() && !isLineTerminator(text.charAt(pos))) {
                    pos++;
                }
                comments.add(new Comment(span(start), text.substring(start + 2, pos), false));
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
                int start = pos;
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    // like the reference parser, report where reading ran out, and say where the comment began
                    pos = text.length();
                    throw fail(0, "unexpected end of file: the comment opened at "
                            + source.positionAt(start) + " is never closed with */");
                }
                pos = close + 2;
                comments.add(new Comment(span(start), text.substring(start + 2, close), true));
            } else if (c == '/') {
                throw unexpected("expected // or /* to start a comment");
            } else {
                return;
            }
        }
    }

    /** JSON5 white space: the ECMAScript WhiteSpace and LineTerminator sets. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
                || c == '\u00A0' || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    // --- helpers ----------------------------------------------------------------------------

    private boolean startsWithWord(String word) {
        if (!text.startsWith(word, pos)) {
            return false;
        }
        int after = pos + word.length();
        return after >= text.length() || !isIdentifierPart(text.codePointAt(after));
    }

    private Span word(int length) {
        int start = pos;
        pos += length;
        return span(start);
    }

    private Span span(int start) {
        return new Span(source, start, pos);
    }

    private Failure unexpected(String expected) {
        if (pos >= text.length()) {
            return fail(0, "unexpected end of file: " + expected);
        }
        int cp = text.codePointAt(pos);
        String shown = describe(cp);
        return fail(Character.charCount(cp), "unexpected " + shown + ": " + expected);
    }

    private static String describe(int cp) {
        if (cp == '\t') {
            return "tab";
        }
        if (cp < 0x20 || cp == 0x7F || Character.getType(cp) == Character.FORMAT) {
            return String.format("character U+%04X", cp);
        }
        return "character '" + new String(Character.toChars(cp)) + "'";
    }

    private Failure fail(int length, String message) {
        return fail(pos, length, message);
    }

    private Failure fail(int offset, int length, String message) {
        int safeLength = Math.min(length, text.length() - offset);
        return new Failure(new SyntaxProblem(offset, Math.max(0, safeLength), message));
    }

    /** Unwinds the recursive descent at the first problem. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SyntaxProblem problem;

        Failure(SyntaxProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
