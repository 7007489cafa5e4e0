package dev.clawlint.core.lint;

import dev.clawlint.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Per-rule severity overrides (a rule can be turned off or given another severity) and rule options
 * ({@link RuleOption}). Rules not mentioned keep their defaults.
 */
public final class RuleSettings {
    /** No overrides. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Map.of());

    private final Map<String, Optional<Severity>> overrides;
    /** Rule id to option name to value (as {@link RuleOption#read} made it). */
    private final Map<String, Map<String, Object>> options;

    private RuleSettings(Map<String, Optional<Severity>> overrides, Map<String, Map<String, Object>> options) {
        this.overrides = Map.copyOf(overrides);
        this.options = Map.copyOf(options);
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
        return new RuleSettings(map, Map.of());
    }

    /**
     * One override: {@code severity} null switches the rule off.
     *
     * @param ruleId the rule; not checked here ({@code BuiltInRules.requireKnown} is)
     */
    public RuleSettings with(String ruleId, @Nullable Severity severity) {
        Map<String, Optional<Severity>> map = new HashMap<>(overrides);
        map.put(ruleId, Optional.ofNullable(severity));
        return new RuleSettings(map, options);
    }

    /** One option of one rule set to {@code value} (as {@link RuleOption#read} made it). */
    public RuleSettings withOption(String ruleId, String option, Object value) {
        Map<String, Map<String, Object>> all = new HashMap<>(options);
        Map<String, Object> own = new HashMap<>(all.getOrDefault(ruleId, Map.of()));
        own.put(option, value);
        all.put(ruleId, Map.copyOf(own));
        return new RuleSettings(overrides, all);
    }

    /** The options set for one rule, by name. */
    Map<String, Object> optionsOf(String ruleId) {
        return options.getOrDefault(ruleId, Map.of());
    }

    /** These overrides with {@code later}'s on top (a settings file's, then the command line's). */
    public RuleSettings then(RuleSettings later) {
        Map<String, Optional<Severity>> map = new HashMap<>(overrides);
        map.putAll(later.overrides);
        Map<String, Map<String, Object>> all = new HashMap<>(options);
        later.options.forEach((id, own) -> {
            Map<String, Object> merged = new HashMap<>(all.getOrDefault(id, Map.of()));
            merged.putAll(own);
            all.put(id, Map.copyOf(merged));
        });
        return new RuleSettings(map, all);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RuleSettings r && r.overrides.equals(overrides) && r.options.equals(options);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode() * 31 + options.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSettings" + overrides + (options.isEmpty() ? "" : " options " + options);
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
