package dev.clawlint.core.resolve;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which values renderings must hide. Credentials ({@code apiKey}, header values) always; any other
 * value when it came from an environment variable, or sits under a key, whose name looks like a
 * secret ({@code *KEY*}, {@code *TOKEN*}, {@code *SECRET*}, {@code *PASSWORD*}, ...).
 */
public final class Secrets {
    private Secrets() {}

    /** What {@code clawlint resolve} prints instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    // environment variable names: OPENAI_API_KEY, HF_TOKEN, DB_PASSWORD, GATEWAY_AUTH, ...
    private static final Pattern SECRET_VARIABLE = Pattern.compile(
            "key|token|secret|passw|pwd|credential|auth|bearer|cookie|signature");
    // member keys: the same, minus words that name counts and switches (maxTokens, authHeader, keep_alive)
    private static final Pattern SECRET_KEY = Pattern.compile(
            "api[-_]?key|access[-_]?key|secret|passw|token(?!s)|credential|bearer|cookie|authorization|signature");

    /** Whether an environment variable name looks like it holds a secret. */
    public static boolean looksSecret(String variable) {
        return SECRET_VARIABLE.matcher(variable.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether an object key looks like it holds a secret ({@code api_key}, {@code token}; not {@code maxTokens}). */
    public static boolean looksSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SECRET_KEY.matcher(k).find() && !k.contains("tokens") && !k.endsWith("field");
    }

    /** Whether a string value came from a secret-looking environment variable. */
    public static boolean fromSecretEnv(Node node) {
        return node instanceof StringNode s && s.envVars().stream().anyMatch(Secrets::looksSecret);
    }

    /**
     * Whether a free-form value ({@code params}, {@code compat}) holds a secret anywhere: a string from
     * a secret-looking environment variable, or a member whose key looks secret.
     */
    public static boolean containsSecret(Node node) {
        if (fromSecretEnv(node)) {
            return true;
        }
        if (node instanceof ObjectNode o) {
            for (Member m : o.effectiveMembers()) {
                if (looksSecretKey(m.key()) && m.value() instanceof StringNode || containsSecret(m.value())) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode a) {
            return a.elements().stream().anyMatch(Secrets::containsSecret);
        }
        return false;
    }
}
