package dev.clawlint.core.rules.local;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a credential value looks like: a non-secret marker, or a real key. Values are never printed. */
final class Credentials {
    private Credentials() {}

    private static final Set<String> MARKERS = Set.of("ollama", "lm-studio", "lmstudio", "none", "dummy", "not-needed",
            "notneeded", "empty", "no-key", "nokey", "sk-no-key-required", "local", "placeholder", "unused", "x",
            "changeme", "your-api-key", "redacted");

    /** Prefixes of real provider keys (OpenAI, Anthropic, OpenRouter, Groq, xAI, Google, GitHub, Hugging Face...). */
    private static final List<String> KEY_PREFIXES = List.of("sk-", "sk-ant-", "sk-or-", "gsk_", "xai-", "AIza",
            "ghp_", "github_pat_", "hf_", "pplx-", "nvapi-", "r8_");

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i).*(redacted|x{4,}|\\*{3,}|<[^>]*>|your[-_ ]|replace|example|changeme|dummy|placeholder|\\.\\.\\.).*");

    /** Whether the value is a marker that self-hosted servers accept in place of a key ({@code ollama-local}). */
    static boolean isMarker(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.isEmpty() || MARKERS.contains(v) || v.endsWith("-local") || PLACEHOLDER.matcher(v).matches();
    }

    /** Why the value looks like a real credential, or null when it does not. */
    static @org.checkerframework.checker.nullness.qual.Nullable String secretKind(String raw) {
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
