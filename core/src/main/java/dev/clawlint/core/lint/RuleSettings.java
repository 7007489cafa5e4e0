package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Per-rule severity overrides: a rule can be turned off or given another severity.
 * Rules not mentioned keep their defaults.
 */
public final class RuleSettings {
    /** No overrides. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    private final Map<String, Optional<Severity>> overrides;

    private RuleSettings(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Parses {@code id=severity} entries ({@code error}, {@code warning}, {@code info} or {@code off}).
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    public static RuleSettings parse(Iterable<String> entries) {
        Map<String, Optional<Severity>> map = new HashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + entry + "' is not RULE=SEVERITY (e.g. local-timeout=off)");
            }
            String id = entry.substring(0, eq).trim();
            String sev = entry.substring(eq + 1).trim();
            map.put(id, sev.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Severity.parse(sev)));
        }
        return new RuleSettings(map);
    }

    /**
     * One override: {@code severity} null switches the rule off.
     *
     * @param ruleId the rule; not checked here ({@code BuiltInRules.requireKnown} is)
     */
    public RuleSettings with(String ruleId, @Nullable Severity severity) {
        Map<String, Optional<Severity>> map = new HashMap<>(overrides);
        map.put(ruleId, Optional.ofNullable(severity));
        return new RuleSettings(map);
    }

    /** These overrides with {@code later}'s on top (a settings file's, then the command line's). */
    public RuleSettings then(RuleSettings later) {
        Map<String, Optional<Severity>> map = new HashMap<>(overrides);
        map.putAll(later.overrides);
        return new RuleSettings(map);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RuleSettings r && r.overrides.equals(overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSettings" + overrides;
    }

    /** The rule ids mentioned. */
    public java.util.Set<String> mentionedIds() {
        return java.util.Set.copyOf(overrides.keySet());
    }

    /** Whether the rule is switched off. */
    public boolean isOff(String ruleId) {
        Optional<Severity> o = overrides.get(ruleId);
        return o != null && o.isEmpty();
    }

    /** The severity a finding gets: the override if there is one, else the one the rule chose. */
    public Severity effective(String ruleId, Severity chosen) {
        Optional<Severity> o = overrides.get(ruleId);
        return o == null || o.isEmpty() ? chosen : o.get();
    }
}
