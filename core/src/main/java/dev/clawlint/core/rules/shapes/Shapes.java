package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/** What the guide-shape rules share: finding providers and models, and the guide's words for backends. */
final class Shapes {
    private Shapes() {}

    /** A provider entry: its id, pointer and object. */
    record Provider(String id, String pointer, ObjectNode object) {}

    /** A model entry of a provider, in either shape: its id, pointer and object. */
    record Model(String id, String pointer, ObjectNode object) {}

    /** The {@code api} values of OpenClaw 2026.9 (docs/openclaw/models-and-providers.md#adapters). */
    static final Set<String> APIS = Set.of("openai-completions", "openai-responses", "openai-chatgpt-responses",
            "anthropic-messages", "google-generative-ai", "google-vertex", "github-copilot", "bedrock-converse-stream",
            "ollama", "pi-messages", "azure-openai-responses");

    /** Every provider under {@code models.providers}. */
    static List<Provider> providers(ObjectNode root) {
        List<Provider> out = new ArrayList<>();
        ObjectNode models = root.object("models");
        ObjectNode providers = models == null ? null : models.object("providers");
        if (providers == null) {
            return out;
        }
        for (Member m : providers.effectiveMembers()) {
            if (m.value() instanceof ObjectNode o) {
                out.add(new Provider(m.key(), JsonPointer.of("models", "providers", m.key()), o));
            }
        }
        return out;
    }

    /** The models of a provider: array entries with a string id, or (guide shape) object members keyed by id. */
    static List<Model> models(Provider provider) {
        List<Model> out = new ArrayList<>();
        Node models = provider.object().get("models");
        String base = JsonPointer.child(provider.pointer(), "models");
        if (models instanceof ArrayNode array) {
            for (int i = 0; i < array.elements().size(); i++) {
                String id = array.elements().get(i) instanceof ObjectNode o ? o.string("id") : null;
                if (id != null && array.elements().get(i) instanceof ObjectNode o) {
                    out.add(new Model(id, JsonPointer.child(base, i), o));
                }
            }
        } else if (models instanceof ObjectNode map) {
            for (Member m : map.effectiveMembers()) {
                if (m.value() instanceof ObjectNode o) {
                    String id = o.string("id");
                    out.add(new Model(id == null ? m.key() : id, JsonPointer.child(base, m.key()), o));
                }
            }
        }
        return out;
    }

    /** The backend the guide's {@code type} word names, or null when it names none clawlint knows. */
    static @Nullable Backend backendOfType(String type) {
        String t = type.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]", "");
        return switch (t) {
            case "ollama" -> Backend.OLLAMA;
            case "lmstudio" -> Backend.LMSTUDIO;
            case "vllm" -> Backend.VLLM;
            case "sglang" -> Backend.SGLANG;
            case "mlx", "mlxlm" -> Backend.MLX;
            case "llamacpp", "llamaserver" -> Backend.LLAMACPP;
            case "litellm" -> Backend.LITELLM;
            case "openai", "openaicompatible", "openaicompat", "custom", "local" -> Backend.CUSTOM;
            default -> null;
        };
    }

    /** The {@code api} the guide's {@code type} means, or null when it cannot be told. */
    static @Nullable String apiOfType(String type) {
        if (APIS.contains(type)) {
            return type;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("anthropic") || t.equals("claude")) {
            return "anthropic-messages";
        }
        if (t.equals("gemini") || t.equals("google")) {
            return "google-generative-ai";
        }
        Backend b = backendOfType(type);
        return b == null ? null : b.recommendedApi();
    }

    /** The provider id a {@code brain.local} server gets: the backend's built-in id, else {@code local}. */
    static String localProviderId(@Nullable String type) {
        Backend b = type == null ? null : backendOfType(type);
        String id = b == null ? null : b.builtInId();
        return id == null ? "local" : id;
    }

    /** A string member's value, or null. */
    static @Nullable String string(@Nullable Node node) {
        return node instanceof StringNode s ? s.value() : null;
    }

    /** Keys that are written in the guide but unknown to the schema, in a message ({@code "a", "b"}). */
    static String quoted(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList());
    }

    /** Copies a map into one that keeps insertion order and accepts any value. */
    static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
