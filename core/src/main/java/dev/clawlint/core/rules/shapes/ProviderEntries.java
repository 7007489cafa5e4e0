package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The providers under {@code models.providers} and their models, in either of the shapes people write. */
final class ProviderEntries {
    private ProviderEntries() {}

    /** A provider entry: its id, pointer and object. */
    record Provider(String id, String pointer, ObjectNode object) {}

    /** A model entry of a provider, in either shape: its id, pointer and object. */
    record Model(String id, String pointer, ObjectNode object) {}

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
}
