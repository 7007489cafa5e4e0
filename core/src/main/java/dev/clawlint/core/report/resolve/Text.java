package dev.clawlint.core.report.resolve;

import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.util.JsNumbers;
import dev.clawlint.core.util.json.JsonWriter;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** How values look in the text rendering. */
final class Text {
    private Text() {}

    /** A number as JavaScript prints it. */
    static String number(double d) {
        return JsNumbers.toString(d);
    }

    /** A JSON value in one line, or {@code <redacted>}. */
    static String json(@Nullable Object value, boolean secret, boolean showSecrets) {
        return secret && !showSecrets ? Secrets.REDACTED : JsonWriter.compact(value);
    }

    /** A routing value in one line, or {@code <redacted>}. */
    static String value(@Nullable Object value, boolean secret, boolean showSecrets) {
        if (value == null) {
            return "(none)";
        }
        if (secret && !showSecrets) {
            return Secrets.REDACTED;
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof List<?> || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return JsonWriter.compact(String.valueOf(value));
    }
}
