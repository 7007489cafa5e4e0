package dev.clawlint.core.load;

import dev.clawlint.core.util.Regex;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dotenv file, the format OpenClaw's {@code .env} files use: {@code NAME=VALUE} lines,
 * {@code #} comments and blank lines, an optional {@code export } prefix, values optionally in single
 * or double quotes (double quotes understand {@code \n}); an unquoted value ends at {@code " #"}.
 */
public final class DotEnv {
    private static final Pattern LINE = Pattern.compile(
            "\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*?)\\s*");

    /**
     * The largest env file read: a real one is a few hundred bytes; anything bigger (a device such as
     * {@code /dev/zero}, a binary, a log given by mistake) is refused after reading one byte more.
     */
    public static final int MAX_BYTES = 1024 * 1024;

    private DotEnv() {}

    /**
     * Reads a file.
     *
     * @throws ConfigReadException when it cannot be read or a line is not {@code NAME=VALUE}
     *     (the message names the file and line)
     */
    public static Map<String, String> read(Path file) throws ConfigReadException {
        String text = SmallTextFile.read(file, file + ": cannot read the env file: ", "an env file", MAX_BYTES,
                "a dotenv file is a few NAME=VALUE lines");
        return parse(text, file.toString());
    }

    /** Parses dotenv text; {@code name} is used in error messages. */
    public static Map<String, String> parse(String text, String name) throws ConfigReadException {
        Map<String, String> vars = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new ConfigReadException(name + ":" + (i + 1) + ": expected NAME=VALUE (a dotenv line),"
                        + " found something else");
            }
            vars.put(Regex.group(m, 1), value(Regex.group(m, 2), name, i + 1));
        }
        return vars;
    }

    private static String value(String raw, String name, int line) throws ConfigReadException {
        if (raw.startsWith("\"") || raw.startsWith("'")) {
            char quote = raw.charAt(0);
            int close = raw.indexOf(quote, 1);
            if (close < 0) {
                throw new ConfigReadException(name + ":" + line + ": the value's " + quote + " quote is never closed");
            }
            String rest = raw.substring(close + 1).strip();
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                throw new ConfigReadException(name + ":" + line + ": unexpected text after the quoted value");
            }
            String inner = raw.substring(1, close);
            return quote == '"' ? inner.replace("\\n", "\n") : inner;
        }
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }
}
