package dev.clawlint.schema;

import static dev.clawlint.schema.SchemaSupport.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The schema file itself: draft-07, valid against the meta-schema, self-contained, loadable offline. */
class SchemaMetaTest {
    /** Keywords that may stand next to a $ref: annotations only (draft-07 ignores siblings of $ref for validation). */
    private static final Set<String> REF_SIBLINGS = Set.of("$ref", "description", "markdownDescription", "title",
            "deprecated", "deprecationMessage", "doNotSuggest");

    private static Schema draft07MetaSchema() {
        // the meta-schemas ship inside the validator jar: no network
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft7());
        return registry.getSchema(SchemaLocation.of(Dialects.getDraft7().getId()));
    }

    @Test
    void declaresDraft07AndItsStableId() {
        assertThat(SCHEMA.get("$schema").asString()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(SCHEMA.get("$id").asString()).isEqualTo(ClawlintSchema.ID);
    }

    @Test
    void isValidAgainstTheDraft07MetaSchema() {
        List<Error> errors = draft07MetaSchema().validate(ClawlintSchema.text(), InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    void theMetaSchemaCheckCatchesABrokenSchema() {
        List<Error> errors = draft07MetaSchema().validate(
                "{\"type\": \"strnig\", \"minLength\": -1, \"properties\": {\"a\": 5}}", InputFormat.JSON);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void loadsOfflineFromTheClasspathWithEveryReferenceResolved() {
        Schema schema = SchemaSupport.schemaAt("");
        assertThat(schema.validate(SchemaSupport.MAPPER.readTree("{}"))).isEmpty();
    }

    @Test
    void everyRefPointsAtAnExistingDefinitionAndEveryDefinitionIsUsed() {
        Set<String> used = new TreeSet<>();
        List<String> dangling = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            JsonNode ref = e.getValue().get("$ref");
            if (ref == null) {
                continue;
            }
            String target = ref.asString();
            if (!target.startsWith("#/definitions/") || SCHEMA.at(target.substring(1)).isMissingNode()) {
                dangling.add(e.getKey() + " -> " + target);
            }
            used.add(target.substring("#/definitions/".length()));
        }
        assertThat(dangling).as("$refs that do not resolve inside the file").isEmpty();
        assertThat(used).as("definitions never referenced").containsAll(SCHEMA.get("definitions").propertyNames());
    }

    @Test
    void refSiblingsAreAnnotationsOnly() {
        List<String> offenders = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            JsonNode node = e.getValue();
            if (node.has("$ref")) {
                for (String k : node.propertyNames()) {
                    if (!REF_SIBLINGS.contains(k) && !k.startsWith("x-")) {
                        offenders.add(e.getKey() + ": " + k);
                    }
                }
            }
        }
        assertThat(offenders).as("validation keywords next to $ref are ignored by draft-07 validators").isEmpty();
    }
}
