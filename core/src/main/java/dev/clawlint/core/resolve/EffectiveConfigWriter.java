package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import java.util.Objects;

/**
 * Writes an effective config back as a canonical {@code openclaw.json} for its target: plain JSON
 * with every default made explicit, guide shapes in their canonical places, and {@code ${VAR}}
 * references kept as written (so no substituted secret is written out).
 *
 * <p>It writes the model-routing part only ({@link EffectiveTree}); for a config OpenClaw accepts,
 * the result is accepted too (checked against OpenClaw 2026.9.6 by {@code tools/oracle/roundtrip.sh}).
 * Secret values written literally in the config ({@code apiKey}, header values, ...) are written as
 * {@code <redacted>} unless asked otherwise; {@code ${VAR}} references are not secrets and stay.
 */
public final class EffectiveConfigWriter {
    private EffectiveConfigWriter() {}

    /**
     * The config as a JSON tree.
     *
     * @param redactSecrets whether literal secret values become {@code <redacted>}
     */
    public static JsonObject toJson(EffectiveConfig config, boolean redactSecrets) {
        JsonObject root = new JsonObject();
        for (EffectiveTree.Leaf leaf : EffectiveTree.leaves(config)) {
            boolean reference = leaf.origin() instanceof Origin.FromEnv && !Objects.equals(leaf.written(), leaf.value());
            JsonPaths.put(root, leaf.segments(), redactSecrets && leaf.secret() && !reference
                    ? Secrets.REDACTED : leaf.written());
        }
        return root;
    }

    /**
     * The config as JSON text, ending with a newline.
     *
     * @param redactSecrets whether literal secret values become {@code <redacted>}
     */
    public static String write(EffectiveConfig config, boolean redactSecrets) {
        String json = JsonWriter.pretty(toJson(config, redactSecrets)) + "\n";
        // a secret in a field that is not secret (a model ref written as a key) is hidden by its shape alone
        return redactSecrets ? Secrets.redactText(json) : json;
    }
}
