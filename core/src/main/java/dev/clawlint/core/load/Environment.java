package dev.clawlint.core.load;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment {@code ${VAR}} references are resolved against. It is always an explicit input:
 * clawlint never reads its own process environment unless asked to ({@code --process-env}).
 *
 * <p>An <em>unknown</em> environment (none supplied) leaves every reference unresolved and
 * silences the rules that would need its values.
 */
public final class Environment {
    private static final Environment UNKNOWN = new Environment(false, Map.of());

    private final boolean known;
    private final Map<String, String> variables;

    private Environment(boolean known, Map<String, String> variables) {
        this.known = known;
        this.variables = new TreeMap<>(variables);
    }

    /** No environment was supplied. */
    public static Environment unknown() {
        return UNKNOWN;
    }

    /** An environment with exactly these variables. */
    public static Environment of(Map<String, String> variables) {
        return new Environment(true, variables);
    }

    /**
     * This environment plus the variables a config sets for itself, each only where this
     * environment has no (non-empty) value, as OpenClaw applies {@code env.vars}. An unknown
     * environment stays unknown: the process environment could override any of them.
     */
    public Environment withDefaults(Map<String, String> defaults) {
        if (!known || defaults.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new TreeMap<>(variables);
        defaults.forEach((name, value) -> {
            if (merged.getOrDefault(name, "").isEmpty()) {
                merged.put(name, value);
            }
        });
        return new Environment(true, merged);
    }

    /** Whether an environment was supplied at all. */
    public boolean isKnown() {
        return known;
    }

    /** A variable's value; empty when unset or when the environment is unknown. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The variables (empty when unknown). */
    public Map<String, String> variables() {
        return java.util.Collections.unmodifiableMap(variables);
    }
}
