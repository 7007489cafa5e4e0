package dev.clawlint.core.resolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Model aliases: the {@code alias} of an {@code agents.defaults.models} entry stands for its key. OpenClaw
 * matches them case-insensitively, a later entry wins over an earlier one with the same alias, and
 * wildcard keys ({@code provider/*}) or an empty alias give none (docs/openclaw/model-resolution.md#aliases).
 */
final class Aliases {
    /** alias as written → the key it stands for, as written. */
    private final Map<String, String> byAlias = new LinkedHashMap<>();

    /** Adds the alias of one catalogue key (ignored when empty or for a wildcard key). */
    void add(String alias, String key) {
        if (alias.trim().isEmpty() || key.endsWith("/*")) {
            return;
        }
        byAlias.keySet().removeIf(a -> a.equalsIgnoreCase(alias.trim()));
        byAlias.put(alias.trim(), key);
    }

    /** The key an alias stands for (case-insensitive), or null. */
    @Nullable String target(String ref) {
        String wanted = ref.trim().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : byAlias.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** alias (as written) → key (as written), in written order. */
    Map<String, String> asMap() {
        return Collections.unmodifiableMap(byAlias);
    }
}
