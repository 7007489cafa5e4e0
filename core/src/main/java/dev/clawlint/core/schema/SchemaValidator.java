package dev.clawlint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NullNode;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import dev.clawlint.schema.ClawlintSchema;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The one place that talks to the JSON Schema library (networknt): validates a document against
 * the published schema, loaded from the classpath by its {@code $id} so validation never touches
 * the network.
 */
public final class SchemaValidator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Schema schema;

    private SchemaValidator(Schema schema) {
        this.schema = schema;
    }

    /** The validator for clawlint's published schema. */
    public static SchemaValidator published() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaIdResolvers(r -> r.mapPrefix(ClawlintSchema.ID_PREFIX, "classpath:" + ClawlintSchema.RESOURCE_FOLDER)));
        Schema schema = registry.getSchema(SchemaLocation.of(ClawlintSchema.ID));
        schema.initializeValidators();
        return new SchemaValidator(schema);
    }

    /** Validates the composed document. */
    public List<SchemaViolation> validate(Document document) {
        List<SchemaViolation> out = new ArrayList<>();
        for (Error e : schema.validate(toJackson(document.root()))) {
            List<String> expected = new ArrayList<>();
            Object[] args = e.getArguments();
            if (args != null) {
                for (Object a : args) {
                    expected.add(String.valueOf(a));
                }
            }
            String property = e.getProperty();
            out.add(new SchemaViolation(e.getInstanceLocation().toString(), String.valueOf(e.getKeyword()), property,
                    String.valueOf(e.getMessage()), String.valueOf(e.getSchemaLocation()), expected));
        }
        return out;
    }

    /** The Jackson view of a node: what OpenClaw's validator would see after JSON5 parsing. */
    static JsonNode toJackson(Node node) {
        if (node instanceof ObjectNode object) {
            tools.jackson.databind.node.ObjectNode o = NODES.objectNode();
            for (Member m : object.effectiveMembers()) {
                o.set(m.key(), toJackson(m.value()));
            }
            return o;
        }
        if (node instanceof ArrayNode array) {
            tools.jackson.databind.node.ArrayNode a = NODES.arrayNode();
            for (Node element : array.elements()) {
                a.add(toJackson(element));
            }
            return a;
        }
        if (node instanceof StringNode s) {
            return NODES.textNode(s.value());
        }
        if (node instanceof NumberNode n) {
            // JavaScript has one number type: a whole double is an integer for "type": "integer"
            if (n.isInteger() && Math.abs(n.value()) < 9.007199254740992E15) {
                return NODES.numberNode((long) n.value());
            }
            return NODES.numberNode(n.value());
        }
        if (node instanceof BooleanNode b) {
            return NODES.booleanNode(b.value());
        }
        if (node instanceof NullNode) {
            return NODES.nullNode();
        }
        throw new IllegalStateException("unknown node type " + node.getClass());
    }
}
