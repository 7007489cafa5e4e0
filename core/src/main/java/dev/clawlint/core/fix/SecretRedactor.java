package dev.clawlint.core.fix;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secret-looking values in lines of a config before they are printed (in a diff, say): the
 * string value of a key that names a credential ({@code apiKey}, {@code token}, {@code Authorization},
 * ...), and any string that looks like a known API key, become {@code "<redacted>"}. Environment
 * references ({@code ${OPENAI_API_KEY}}) are not secrets and stay.
 */
public final class SecretRedactor implements UnaryOperator<String> {
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "([\"']?)([A-Za-z0-9_-]*(?i:api[-_]?key|token|secret|password|passwd|authorization|bearer|credential)[A-Za-z0-9_-]*)\\1"
                    + "(\\s*:\\s*)([\"'])((?:\\\\.|(?!\\4).)*)\\4");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "([\"'])((?:sk-|sk-ant-|sk-or-|gsk_|xai-|AIza|ghp_|github_pat_|hf_)[A-Za-z0-9_\\-]{8,})\\1");
    private static final Pattern ENV_ONLY = Pattern.compile("\\$\\{[A-Z_][A-Z0-9_]*\\}");

    /**
     * The line with every character of each secret-looking value replaced by {@code *}, so that the
     * line keeps its length and columns (a caret line printed under it still points at the right
     * place). Environment references stay as written.
     */
    public String mask(String line) {
        char[] out = line.toCharArray();
        Matcher m = SECRET_MEMBER.matcher(line);
        while (m.find()) {
            String value = m.group(5);
            if (value != null && !value.isEmpty() && !ENV_ONLY.matcher(value).matches()) {
                java.util.Arrays.fill(out, m.start(5), m.end(5), '*');
            }
        }
        Matcher v = SECRET_VALUE.matcher(line);
        while (v.find()) {
            java.util.Arrays.fill(out, v.start(2), v.end(2), '*');
        }
        return new String(out);
    }

    @Override
    public String apply(String line) {
        Matcher m = SECRET_MEMBER.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = m.group(5);
            boolean harmless = value == null || value.isEmpty() || ENV_ONLY.matcher(value).matches();
            String q = m.group(4) == null ? "\"" : m.group(4);
            m.appendReplacement(sb, Matcher.quoteReplacement(harmless ? m.group() : m.group(1) + m.group(2) + m.group(1)
                    + m.group(3) + q + "<redacted>" + q));
        }
        m.appendTail(sb);
        return SECRET_VALUE.matcher(sb.toString()).replaceAll("$1<redacted>$1");
    }
}
