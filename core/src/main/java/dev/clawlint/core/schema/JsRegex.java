package dev.clawlint.core.schema;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.checkerframework.checker.nullness.qual.Nullable;

/** JavaScript regular expressions (what JSON Schema patterns are) read by Java's engine. */
final class JsRegex {
    private JsRegex() {}

    /**
     * The Java form of a JavaScript pattern, or null when Java cannot compile it. The difference that
     * matters in OpenClaw's schema: inside a character class JavaScript takes {@code [} literally,
     * Java starts a nested class, so it is escaped; and JavaScript's {@code \0} is written {@code \x00}.
     */
    static @Nullable String toJava(String js) {
        StringBuilder out = new StringBuilder(js.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && i + 1 < js.length()) {
                char next = js.charAt(++i);
                boolean nul = next == '0' && (i + 1 >= js.length() || !Character.isDigit(js.charAt(i + 1)));
                // JavaScript's \0 is NUL; Java wants an octal digit after it
                out.append(nul ? "\\x00" : "\\" + next);
                continue;
            }
            if (c == '[') {
                if (inClass) {
                    out.append("\\[");
                    continue;
                }
                inClass = true;
                out.append(c);
                if (i + 1 < js.length() && js.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                continue;
            }
            if (c == ']' && inClass) {
                inClass = false;
            }
            out.append(c);
        }
        String java = out.toString();
        try {
            Pattern.compile(java);
            return java;
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
