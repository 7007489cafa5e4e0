package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads typed values from the document with their origins. A value of the wrong type counts as
 * not written (the schema rules report it); resolution goes on with the default.
 */
final class Values {
    /** Shorter values are not treated as secrets when found inside other strings: too many false matches. */
    private static final int MIN_SECRET_LENGTH = 8;

    private final Document doc;
    private final TargetVersion target;
    private final List<String> secretValues = new ArrayList<>();

    Values(Document doc, TargetVersion target, Environment environment) {
        this.doc = doc;
        this.target = target;
        environment.variables().forEach((name, value) -> {
            if (Secrets.isSecretVariable(name) && value.length() >= MIN_SECRET_LENGTH) {
                secretValues.add(value);
            }
        });
    }

    @Nullable Valued<String> string(ObjectNode o, String key) {
        return o.get(key) instanceof StringNode s ? new Valued<>(s.value(), Origins.of(doc, s), isSecret(s)) : null;
    }

    /** Whether a string came from, or contains the value of, a secret-looking environment variable. */
    boolean isSecret(StringNode s) {
        return Secrets.fromSecretEnv(s) || Secrets.hasSecretShape(s.value()) || secretValues.stream().anyMatch(v -> s.value().contains(v));
    }

    /** Whether a free-form value holds a secret anywhere (see {@link Secrets#containsSecret}), or an environment secret's value. */
    boolean containsSecret(Node n) {
        if (Secrets.containsSecret(n)) {
            return true;
        }
        if (n instanceof StringNode s) {
            return isSecret(s);
        }
        if (n instanceof ObjectNode o) {
            return o.effectiveMembers().stream().anyMatch(m -> containsSecret(m.value()));
        }
        return n instanceof ArrayNode a && a.elements().stream().anyMatch(this::containsSecret);
    }

    Document document() {
        return doc;
    }

    TargetVersion target() {
        return target;
    }

    @Nullable Valued<Double> number(ObjectNode o, String key) {
        return o.get(key) instanceof NumberNode n ? Valued.of(n.value(), Origins.of(doc, n)) : null;
    }

    /** A number written in a place OpenClaw moves it from (provider-level windows). */
    @Nullable Valued<Double> migratedNumber(ObjectNode o, String key) {
        return o.get(key) instanceof NumberNode n ? Valued.of(n.value(), Origins.migrated(doc, n)) : null;
    }

    @Nullable Valued<Boolean> bool(ObjectNode o, String key) {
        return o.get(key) instanceof BooleanNode b ? Valued.of(b.value(), Origins.of(doc, b)) : null;
    }

    @Nullable Valued<List<String>> strings(ObjectNode o, String key) {
        if (!(o.get(key) instanceof ArrayNode a)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node e : a.elements()) {
            if (e instanceof StringNode s) {
                out.add(s.value());
            }
        }
        return Valued.of(List.copyOf(out), Origins.of(doc, a));
    }

    /**
     * A credential: a string (secret, whatever it says) or a SecretRef object, shown as
     * {@code secretref:<source>:<provider>:<id>} (also kept secret).
     */
    @Nullable Valued<String> secretInput(@Nullable Node n) {
        if (n instanceof StringNode s) {
            return new Valued<>(s.value(), Origins.of(doc, s), true);
        }
        if (n instanceof ObjectNode ref) {
            String text = "secretref:" + orEmpty(ref.string("source")) + ":" + orEmpty(ref.string("provider"))
                    + ":" + orEmpty(ref.string("id"));
            return new Valued<>(text, Origins.of(doc, ref), true);
        }
        return null;
    }

    /** A value OpenClaw supplies because nothing was written. */
    <T> Valued<T> byDefault(T value, String explanation) {
        return Valued.of(value, new Origin.Default(target.toString(), explanation));
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
