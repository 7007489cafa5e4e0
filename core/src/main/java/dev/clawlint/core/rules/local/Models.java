package dev.clawlint.core.rules.local;

import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Backends;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.ModelSize;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.Origin;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.StringNode;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/** What several local-model rules ask of providers, models and references. */
final class Models {
    private Models() {}

    /** The pointer a value was written at, or null for defaults and built-ins. */
    static @Nullable String writtenAt(@Nullable Valued<?> value) {
        return value == null ? null : value.origin().pointer();
    }

    /** Whether the user wrote this value (directly, through the environment, or in a guide shape). */
    static boolean isWritten(@Nullable Valued<?> value) {
        return writtenAt(value) != null;
    }

    /** The string value, or null. */
    static @Nullable String text(@Nullable Valued<String> value) {
        return value == null ? null : value.value();
    }

    /**
     * Whether the provider is an Ollama server: its backend says so, its id or api says so, or its
     * URL uses Ollama's port 11434. Ollama's hosted service ({@code ollama.com}) is not one.
     */
    static boolean isOllamaEndpoint(EffectiveProvider p) {
        if (p.backend() == Backend.CLOUD) {
            return false;
        }
        return p.backend() == Backend.OLLAMA || Backends.fromName(p.id()) == Backend.OLLAMA
                || "ollama".equals(text(p.api())) || Hosts.port(text(p.baseUrl())) == 11434;
    }

    /** Whether a model row is served through OpenClaw's native Ollama adapter. */
    static boolean usesNativeOllama(EffectiveModel m) {
        return "ollama".equals(text(m.api()));
    }

    /** Whether a model row runs on an Ollama server (native adapter or the OpenAI-compatible path). */
    static boolean onOllama(EffectiveProvider p, EffectiveModel m) {
        return usesNativeOllama(m) || isOllamaEndpoint(p);
    }

    /** The size a reference's model says it has: its row's id, else its name, else the reference. */
    static Optional<ModelSize> size(ModelRef ref) {
        EffectiveModel m = ref.model();
        if (m != null) {
            return size(m);
        }
        return ModelSize.parse(ref.ref());
    }

    /** The size a model row says it has, from its id or else its name. */
    static Optional<ModelSize> size(EffectiveModel m) {
        Optional<ModelSize> fromId = ModelSize.parse(m.id());
        Valued<String> name = m.name();
        if (fromId.isPresent() || name == null) {
            return fromId;
        }
        return ModelSize.parse(name.value());
    }

    /** The pointer a reference was written at (migrated or not), or null. */
    static @Nullable String at(ModelRef ref) {
        return ref.origin().pointer();
    }

    /** Whether the user wrote this value literally in the file (not from the environment). */
    static boolean isLiteral(@Nullable Valued<?> value) {
        return value != null && (value.origin() instanceof Origin.Written || value.origin() instanceof Origin.Migrated);
    }

    /** A numeric parameter's value, or null when absent or not a number. */
    static @Nullable Double number(@Nullable Valued<Node> param) {
        if (param == null) {
            return null;
        }
        Node n = param.value();
        if (n instanceof NumberNode num) {
            return num.value();
        }
        if (n instanceof StringNode s) {
            try {
                return Double.valueOf(s.value().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A count of tokens as users write it: {@code 32768}. */
    static String tokens(double value) {
        return dev.clawlint.core.util.JsNumbers.toString(value);
    }
}
