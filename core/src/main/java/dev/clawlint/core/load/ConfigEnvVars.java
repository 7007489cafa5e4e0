package dev.clawlint.core.load;

import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variables a config sets for itself (docs/openclaw/reading.md#variables-the-config-sets, {@code src/config/config-env-vars.ts}):
 * the string entries of {@code env.vars} and the other string entries of {@code env} itself
 * ({@code shellEnv} and {@code vars} aside). OpenClaw copies them into its environment only for names
 * that are not already set, skips blank values and values that themselves reference {@code ${VAR}},
 * and never lets a config set the variables that guard config loading.
 */
final class ConfigEnvVars {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[A-Z_][A-Z0-9_]*}");
    private static final Pattern PORTABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> BLOCKED = Set.of("OPENCLAW_ALLOW_OLDER_BINARY_DESTRUCTIVE_ACTIONS",
            "OPENCLAW_INCLUDE_ROOTS", "OPENCLAW_CONFIG_READONLY");

    private ConfigEnvVars() {}

    /** The variables the composed config sets, in the order written. */
    static Map<String, String> of(Node root) {
        Map<String, String> vars = new LinkedHashMap<>();
        if (!(root instanceof ObjectNode object) || !(object.get("env") instanceof ObjectNode env)) {
            return vars;
        }
        if (env.get("vars") instanceof ObjectNode declared) {
            collect(declared, vars);
        }
        ObjectNode direct = new ObjectNode(env.span(), env.effectiveMembers().stream()
                .filter(m -> !m.key().equals("vars") && !m.key().equals("shellEnv")).toList());
        collect(direct, vars);
        return vars;
    }

    private static void collect(ObjectNode object, Map<String, String> into) {
        for (Member m : object.effectiveMembers()) {
            if (!(m.value() instanceof StringNode s)) {
                continue;
            }
            String name = m.key().trim();
            String value = s.written();
            boolean allowed = PORTABLE_NAME.matcher(name).matches() && !value.isBlank()
                    && !BLOCKED.contains(name.toUpperCase(Locale.ROOT)) && !REFERENCE.matcher(value).find();
            if (allowed) {
                into.put(name, value);
            }
        }
    }
}
