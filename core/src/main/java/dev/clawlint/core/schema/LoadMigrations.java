package dev.clawlint.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document as OpenClaw 2026.8 and later validates it against its own schema, after the migrations it
 * applies on load (docs/openclaw/releases.md#20268): a legacy {@code agents.list} whose items all have an id
 * is moved to {@code agents.entries.<id>} ("Moved agents.list to keyed agents.entries."), and a
 * provider-level {@code contextWindow} moves into each of the provider's model rows that has none. The
 * release's schema only knows the new places; validating this view and mapping the pointers back to
 * {@code agents/list/<i>} checks what is inside the list items too.
 */
final class LoadMigrations {
    private final JsonNode instance;
    private final Map<String, Integer> indexById;

    private LoadMigrations(JsonNode instance, Map<String, Integer> indexById) {
        this.instance = instance;
        this.indexById = indexById;
    }

    /** The document as it is, for a release that still validates {@code agents.list} itself. */
    static LoadMigrations none(JsonNode document) {
        return new LoadMigrations(document, Map.of());
    }

    /** The migrated view, or the document itself when there is nothing to move. */
    static LoadMigrations of(JsonNode original) {
        JsonNode document = withProviderWindowsInModels(original);
        if (!(document instanceof ObjectNode root) || !(root.get("agents") instanceof ObjectNode agents)
                || agents.has("entries") || !(agents.get("list") instanceof ArrayNode list)) {
            return new LoadMigrations(document, Map.of());
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        ObjectNode entries = agents.objectNode();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            JsonNode id = item.get("id");
            if (!(item instanceof ObjectNode object) || id == null || !id.isString() || index.containsKey(id.asString())) {
                return new LoadMigrations(document, Map.of());
            }
            ObjectNode entry = object.deepCopy();
            entry.remove("id");
            entries.set(id.asString(), entry);
            index.put(id.asString(), i);
        }
        ObjectNode copy = root.deepCopy();
        ObjectNode migrated = (ObjectNode) copy.get("agents");
        migrated.remove("list");
        migrated.set("entries", entries);
        return new LoadMigrations(copy, index);
    }

    /** A copy with each provider's {@code contextWindow} moved into its models that set none; or the document itself. */
    private static JsonNode withProviderWindowsInModels(JsonNode document) {
        if (!(document.path("models").path("providers") instanceof ObjectNode providers)
                || providers.valueStream().noneMatch(p -> p.has("contextWindow"))) {
            return document;
        }
        JsonNode copy = document.deepCopy();
        for (JsonNode provider : copy.path("models").path("providers")) {
            if (provider instanceof ObjectNode p && p.has("contextWindow")) {
                JsonNode window = p.remove("contextWindow");
                for (JsonNode model : p.path("models")) {
                    if (model instanceof ObjectNode m && !m.has("contextWindow") && window != null) {
                        m.set("contextWindow", window);
                    }
                }
            }
        }
        return copy;
    }

    /** What to validate. */
    JsonNode instance() {
        return instance;
    }

    /**
     * The violations with pointers into the file as written; those about the migration's own products
     * (the {@code entries} object as a whole) are dropped: the agents-list rule reports the list.
     */
    List<SchemaViolation> backToFile(List<SchemaViolation> violations) {
        if (indexById.isEmpty()) {
            return violations;
        }
        List<SchemaViolation> out = new ArrayList<>();
        for (SchemaViolation v : violations) {
            String pointer = filePointer(v.pointer());
            if (pointer != null) {
                out.add(v.rewritten(v.keyword(), pointer, v.evaluationPath(), v.expected()));
            }
        }
        return out;
    }

    private @Nullable String filePointer(String pointer) {
        String prefix = "/agents/entries/";
        if (!pointer.startsWith(prefix)) {
            return pointer.equals("/agents/entries") ? null : pointer;
        }
        String rest = pointer.substring(prefix.length());
        int slash = rest.indexOf('/');
        String id = (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~");
        Integer index = indexById.get(id);
        return index == null ? null : "/agents/list/" + index + (slash < 0 ? "" : rest.substring(slash));
    }
}
