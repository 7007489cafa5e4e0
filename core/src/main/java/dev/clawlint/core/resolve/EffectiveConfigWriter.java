package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Secrets;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private EffectiveConfigWriter() {}

    /**
     * The config as a JSON tree.
     *
     * @param redactSecrets whether literal secret values become {@code <redacted>}
     */
    public static ObjectNode toJson(EffectiveConfig config, boolean redactSecrets) {
        ObjectNode root = MAPPER.createObjectNode();
        for (EffectiveTree.Leaf leaf : EffectiveTree.leaves(config)) {
            boolean reference = leaf.origin() instanceof Origin.FromEnv && !leaf.written().equals(leaf.value());
            JsonPaths.put(root, leaf.segments(), redactSecrets && leaf.secret() && !reference
                    ? MAPPER.getNodeFactory().stringNode(Secrets.REDACTED) : leaf.written());
        }
        return root;
    }

    /**
     * The config as JSON text, ending with a newline.
     *
     * @param redactSecrets whether literal secret values become {@code <redacted>}
     */
    public static String write(EffectiveConfig config, boolean redactSecrets) {
        return MAPPER.writeValueAsString(toJson(config, redactSecrets)) + "\n";
    }
}
