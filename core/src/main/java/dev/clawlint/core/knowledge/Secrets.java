package dev.clawlint.core.knowledge;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The one vocabulary of secret-looking things, shared by the rules, the reporters' source excerpts,
 * the fix diffs and the resolve renderings, so that what one command hides no other prints: key
 * names that hold credentials ({@code apiKey}, {@code token}, {@code Authorization}, ...),
 * environment variable names ({@code OPENAI_API_KEY}, {@code HF_TOKEN}, {@code GATEWAY_AUTH}), and
 * value shapes (provider key prefixes, bearer tokens, JSON Web Tokens, a password in a URL's
 * userinfo). Environment references ({@code ${OPENAI_API_KEY}}) are never secrets themselves.
 */
public final class Secrets {
    private Secrets() {}

    /** What is printed instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    /** Prefixes of real provider keys: OpenAI, Anthropic, OpenRouter, Groq, xAI, Google, GitHub, Hugging Face, Perplexity, NVIDIA, Replicate. */
    private static final List<String> KEY_PREFIXES = List.of("sk-", "sk-ant-", "sk-or-", "gsk_", "xai-", "AIza",
            "ghp_", "github_pat_", "hf_", "pplx-", "nvapi-", "r8_");

    // environment variable names: OPENAI_API_KEY, HF_TOKEN, DB_PASSWORD, GATEWAY_AUTH, ...
    private static final Pattern SECRET_VARIABLE = Pattern.compile(
            "key|token|secret|passw|pwd|credential|auth|bearer|cookie|signature");
    // member keys: the same, minus words that name counts and switches (maxTokens, authHeader, keep_alive)
    private static final Pattern SECRET_KEY = Pattern.compile(
            "api[-_]?key|access[-_]?key|secret|passw|token(?!s)|credential|bearer|cookie|authorization|signature");

    /** A provider key anywhere in a text, not inside a longer word ({@code task-...} is no key). */
    private static final Pattern PROVIDER_KEY = Pattern.compile("(?<![A-Za-z0-9_-])(?:"
            + KEY_PREFIXES.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")[A-Za-z0-9_\\-]{8,}");
    /** A JSON Web Token: three base64url parts, the first two JSON objects ({@code eyJ} is {@code {"}). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");
    /** The password of a URL's userinfo, {@code http://user:PASSWORD@host} (group 1). */
    private static final Pattern URL_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@\"']*:([^/\\s@\"']+)@");
    /** The token after {@code Bearer} (group 1); a {@code ${VAR}} reference does not match. */
    private static final Pattern BEARER = Pattern.compile("(?i:bearer)\\s+([A-Za-z0-9._~+/=-]{8,})");
    private static final Pattern ENV_ONLY = Pattern.compile("\\$\\{[A-Z_][A-Z0-9_]*\\}");
    /** A quoted or bare key and its colon, whatever follows (key in group 2). */
    private static final Pattern KEY_COLON = Pattern.compile("([\"']?)([A-Za-z0-9_$-]+)\\1\\s*:\\s*");
    /** A bare value that is no credential: a number, a boolean, null. */
    private static final Pattern PLAIN_BARE = Pattern.compile("-?[0-9][0-9.eE+-]*|true|false|null");

    private static final Set<String> MARKERS = Set.of("ollama", "lm-studio", "lmstudio", "none", "dummy", "not-needed",
            "notneeded", "empty", "no-key", "nokey", "sk-no-key-required", "local", "placeholder", "unused", "x",
            "changeme", "your-api-key", "redacted");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i).*(redacted|x{4,}|\\*{3,}|<[^>]*>|your[-_ ]|replace|example|changeme|dummy|placeholder|\\.\\.\\.).*");

    /** Whether an environment variable name looks like it holds a secret. */
    public static boolean isSecretVariable(String variable) {
        return SECRET_VARIABLE.matcher(variable.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether an object key looks like it holds a secret ({@code api_key}, {@code token}; not {@code maxTokens}). */
    public static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SECRET_KEY.matcher(k).find() && !k.contains("tokens") && !k.endsWith("field");
    }

    /** Whether a string value has a secret's shape anywhere in it (a provider key, a JWT, a bearer token, a URL password). */
    public static boolean hasSecretShape(String value) {
        return !secretSpans(value).isEmpty();
    }

    /** Whether the value is a marker that self-hosted servers accept in place of a key ({@code ollama-local}). */
    public static boolean isMarker(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.isEmpty() || MARKERS.contains(v) || v.endsWith("-local") || PLACEHOLDER.matcher(v).matches();
    }

    /** Why a credential value looks like a real one, or null when it does not (the value is never printed). */
    public static @Nullable String secretKind(String raw) {
        String v = raw.trim();
        if (v.regionMatches(true, 0, "Bearer ", 0, 7)) {
            v = v.substring(7).trim();
        }
        if (v.contains("${") || isMarker(v) || v.length() < 12) {
            return null;
        }
        for (String prefix : KEY_PREFIXES) {
            if (v.startsWith(prefix) && v.length() >= prefix.length() + 16) {
                return "it starts like a provider API key";
            }
        }
        if (v.length() >= 24 && !v.contains(" ") && hasLettersAndDigits(v) && entropyPerChar(v) >= 3.5) {
            return "it is a long random-looking string";
        }
        return null;
    }

    /** Whether a string value came from a secret-looking environment variable. */
    public static boolean fromSecretEnv(Node node) {
        return node instanceof StringNode s && s.envVars().stream().anyMatch(Secrets::isSecretVariable);
    }

    /**
     * Whether a free-form value ({@code params}, {@code compat}) holds a secret anywhere: a string from
     * a secret-looking environment variable or with a secret's shape, or a member whose key looks secret.
     */
    public static boolean containsSecret(Node node) {
        if (fromSecretEnv(node) || node instanceof StringNode s && hasSecretShape(s.value())) {
            return true;
        }
        if (node instanceof ObjectNode o) {
            for (Member m : o.effectiveMembers()) {
                if (isSecretKey(m.key()) && m.value() instanceof StringNode || containsSecret(m.value())) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode a) {
            return a.elements().stream().anyMatch(Secrets::containsSecret);
        }
        return false;
    }

    /**
     * A line of a config with every character of each secret replaced by {@code *}: the line keeps its
     * length and columns, so a caret printed under it still points at the right place.
     */
    public static String maskLine(String line) {
        char[] out = line.toCharArray();
        for (int[] span : lineSpans(line)) {
            Arrays.fill(out, span[0], span[1], '*');
        }
        return new String(out);
    }

    /** A line of a config with each secret replaced by {@code <redacted>} (for diffs, where columns do not matter). */
    public static String redactLine(String line) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] span : lineSpans(line)) {
            sb.append(line, at, span[0]).append(REDACTED);
            at = span[1];
        }
        return sb.append(line.substring(at)).toString();
    }

    /** The secret parts of a line: values of secret-named members, and secret shapes anywhere; sorted, merged. */
    private static List<int[]> lineSpans(String line) {
        List<int[]> spans = new ArrayList<>(secretSpans(line));
        // each key and its colon, then its value read by hand: a regex with an alternation per character recursed
        // once per character of a long string and overflowed the stack at a few thousand (issue #16)
        Matcher k = KEY_COLON.matcher(line);
        int from = 0;
        while (from < line.length() && k.find(from)) {
            int at = k.end();
            from = Math.max(at, k.start() + 1);
            if (at >= line.length()) {
                break;
            }
            char c = line.charAt(at);
            int close = c == '"' || c == '\'' ? closingQuote(line, at) : -1;
            if (close >= 0) {
                String value = line.substring(at + 1, close);
                if (named(k.group(2)) && !value.isEmpty() && !ENV_ONLY.matcher(value).matches()) {
                    spans.add(new int[] {at + 1, close});
                }
                from = close + 1; // keys inside the string are no keys
                continue;
            }
            if (!named(k.group(2))) {
                continue;
            }
            // a line that does not parse: an unquoted value, or a quote never closed on the line (issue #16)
            int start = c == '"' || c == '\'' || c == '`' ? at + 1 : at;
            int end = start;
            if (start > at) {
                end = line.length(); // unterminated: the rest of the line is the value
            } else if (line.startsWith("${", start) && line.indexOf('}', start) > 0) {
                end = line.indexOf('}', start) + 1; // an unquoted reference: never a secret itself
            } else {
                while (end < line.length() && ",}]\"'`".indexOf(line.charAt(end)) < 0 && !line.startsWith("//", end)) {
                    end++;
                }
                while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
            }
            String value = line.substring(start, end);
            if (!value.isEmpty() && c != '{' && c != '[' && !ENV_ONLY.matcher(value.strip()).matches()
                    && (start > at || !PLAIN_BARE.matcher(value).matches())) {
                spans.add(new int[] {start, end});
            }
        }
        return merge(spans);
    }

    /** The offset of the quote that closes the string opened at {@code open} on this line (escapes skipped), or -1. */
    private static int closingQuote(String line, int open) {
        char quote = line.charAt(open);
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static boolean named(@Nullable String key) {
        return key != null && (isSecretKey(key) || isVariableName(key) && isSecretVariable(key));
    }

    /**
     * A text (a finding's message, a fix's description) with every secret-shaped part replaced by
     * {@code <redacted>}: a provider key, a JWT, a bearer token or a URL password written into a field that
     * is not secret ({@code api}, a model ref) is echoed by the messages that quote that field.
     */
    public static String redactText(String text) {
        List<int[]> spans = secretSpans(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            sb.append(text, at, span[0]).append(REDACTED);
            at = span[1];
        }
        return sb.append(text.substring(at)).toString();
    }

    /** {@code OPENAI_API_KEY} in {@code env.vars}: environment names are upper case. */
    private static boolean isVariableName(String key) {
        return key.chars().anyMatch(Character::isLetter) && key.equals(key.toUpperCase(Locale.ROOT));
    }

    /**
     * Where the text holds a secret shape. Every finding's message passes through here, so a pattern runs only
     * where the text has the literal every match of it contains (a plain {@code indexOf} is far cheaper than a
     * pattern tried at every position): a provider key only at its prefixes, a URL password only in a text with
     * {@code ://} and {@code @}.
     */
    private static List<int[]> secretSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher key = PROVIDER_KEY.matcher(text).useTransparentBounds(true); // the look-behind sees before the region
        for (String prefix : KEY_PREFIXES) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                if (key.region(at, text.length()).lookingAt()) {
                    spans.add(new int[] {key.start(), key.end()});
                }
            }
        }
        if (text.contains("eyJ")) {
            find(JWT, 0, text, spans);
        }
        if (text.indexOf('@') >= 0 && text.contains("://")) {
            find(URL_PASSWORD, 1, text, spans);
        }
        if (text.toLowerCase(Locale.ROOT).contains("bearer")) {
            find(BEARER, 1, text, spans);
        }
        return merge(spans);
    }

    private static void find(Pattern pattern, int group, String text, List<int[]> spans) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(group), m.end(group)});
        }
    }

    private static List<int[]> merge(List<int[]> spans) {
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    private static boolean hasLettersAndDigits(String v) {
        return v.chars().anyMatch(Character::isLetter) && v.chars().anyMatch(Character::isDigit);
    }

    /** Shannon entropy in bits per character. */
    static double entropyPerChar(String v) {
        int[] counts = new int[128];
        int other = 0;
        for (char c : v.toCharArray()) {
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / v.length();
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / v.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }
}
