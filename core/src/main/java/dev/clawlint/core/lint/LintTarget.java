package dev.clawlint.core.lint;

import dev.clawlint.core.knowledge.HardwareProfile;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.resolve.ConfigResolver;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.schema.SchemaDocument;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.ObjectNode;
import java.util.List;
import org.checkerframework.checker.nullness.qual.MonotonicNonNull;

/**
 * What rules look at: the loaded document (what the user wrote, with positions), the target
 * release, the environment, and views computed once and shared by all rules.
 */
public final class LintTarget {
    private final LoadedConfig loaded;
    private final TargetVersion target;
    private final SchemaValidator schema;
    private final HardwareProfile hardware;
    private @MonotonicNonNull List<SchemaViolation> violations;
    private @MonotonicNonNull EffectiveConfig effective;

    /**
     * @param loaded the loaded config (with a document)
     * @param target the OpenClaw release verdicts are relative to
     * @param schema the validator structural rules read
     */
    public LintTarget(LoadedConfig loaded, TargetVersion target, SchemaValidator schema) {
        this(loaded, target, schema, HardwareProfile.unknown());
    }

    /**
     * @param loaded the loaded config (with a document)
     * @param target the OpenClaw release verdicts are relative to
     * @param schema the validator structural rules read
     * @param hardware the machine local models run on, as far as known
     */
    public LintTarget(LoadedConfig loaded, TargetVersion target, SchemaValidator schema, HardwareProfile hardware) {
        this.loaded = loaded;
        this.target = target;
        this.schema = schema;
        this.hardware = hardware;
    }

    /** The machine local models run on ({@link HardwareProfile#unknown()} when not given). */
    public HardwareProfile hardware() {
        return hardware;
    }

    /** The document. */
    public Document document() {
        return loaded.requireDocument();
    }

    /**
     * The document's root object, or an empty one where the root is not an object (a {@code null},
     * array or string file: the structure rules report that), so rules that look for members need no
     * null check.
     */
    public ObjectNode root() {
        ObjectNode root = document().rootObject();
        return root != null ? root : new ObjectNode(document().root().span(), List.of());
    }

    /** The whole load result (for rules about reading: duplicate keys, env references). */
    public LoadedConfig loaded() {
        return loaded;
    }

    /** The target release. */
    public TargetVersion target() {
        return target;
    }

    /** The environment the document was resolved against. */
    public Environment environment() {
        return loaded.environment();
    }

    /** The published schema as a tree (for vendor keywords on valid members, such as {@code x-openclaw-since}). */
    public SchemaDocument publishedSchema() {
        return schema.document();
    }

    /** Schema violations of the document, computed on first use. */
    public List<SchemaViolation> schemaViolations() {
        if (violations == null) {
            violations = schema.validate(document());
        }
        return violations;
    }

    /** The effective config OpenClaw will run for the target, computed on first use. */
    public EffectiveConfig effective() {
        if (effective == null) {
            effective = ConfigResolver.resolve(document(), target, environment());
        }
        return effective;
    }
}
