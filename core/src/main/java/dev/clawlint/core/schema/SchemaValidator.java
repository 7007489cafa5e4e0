package dev.clawlint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordFactory;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NullNode;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import dev.clawlint.core.util.JsNumbers;
import dev.clawlint.schema.ClawlintSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The one place that talks to the JSON Schema library (networknt): validates a document against clawlint's
 * curated schema (loaded from the classpath by its {@code $id}, so validation never touches the network) and
 * against OpenClaw's own schema of the target release ({@link ReleaseSchema}: the bundled one, or the user's
 * {@code --upstream-schema}) for the whole file. What it returns is already collapsed: one violation per real
 * problem ({@link ViolationCollapser}), and OpenClaw's own violations only where they add to clawlint's
 * ({@link UpstreamFilter}).
 */
public final class SchemaValidator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<TargetVersion, SchemaValidator> BY_TARGET = new ConcurrentHashMap<>();
    private static volatile @Nullable SchemaValidator curated;

    private final Schema schema;
    private final SchemaDocument document;
    private final @Nullable ReleaseSchema release;

    private SchemaValidator(Schema schema, SchemaDocument document, @Nullable ReleaseSchema release) {
        this.schema = schema;
        this.document = document;
        this.release = release;
    }

    /** clawlint's curated schema alone (compiled once per process): the models and agents sections, precisely. */
    public static SchemaValidator published() {
        SchemaValidator made = curated;
        if (made == null) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SchemaDialect.DRAFT_7, builder -> builder
                    .schemaIdResolvers(r -> r.mapPrefix(ClawlintSchema.ID_PREFIX, "classpath:" + ClawlintSchema.RESOURCE_FOLDER)));
            Schema schema = registry.getSchema(SchemaLocation.of(ClawlintSchema.ID));
            made = new SchemaValidator(schema, new SchemaDocument(schema.getSchemaNode(), false), null);
            curated = made;
        }
        return made;
    }

    /**
     * The whole-file validator for a release line: the curated schema plus the bundled schema of the release
     * that judges the line. One per line and process; each section of the release's schema is compiled on
     * first use.
     */
    public static SchemaValidator forTarget(TargetVersion target) {
        return BY_TARGET.computeIfAbsent(target, t -> published().with(ReleaseSchema.bundled(t)));
    }

    /**
     * The curated schema plus the user's upstream schema in place of the bundled release's.
     * Unresolvable {@code $ref}s must already be neutralised ({@link UpstreamSchema}).
     */
    public SchemaValidator withUpstream(UpstreamSchema upstream) {
        return with(ReleaseSchema.of(upstream));
    }

    private SchemaValidator with(ReleaseSchema openClaw) {
        return new SchemaValidator(schema, document, openClaw);
    }

    /** The published schema as a tree. */
    public SchemaDocument document() {
        return document;
    }

    /** Validates the composed document: the curated schema's violations, then OpenClaw's own that add something. */
    public List<SchemaViolation> validate(Document doc) {
        JsonNode instance = toJackson(doc.root());
        List<SchemaViolation> ours = ViolationCollapser.collapse(run(schema, document, instance));
        ReleaseSchema openClaw = release;
        if (openClaw == null) {
            return ours;
        }
        TargetVersion line = openClaw.line();
        JsonNode migrated = line == null ? instance : LegacyMigrations.apply(instance, line, openClaw::declared);
        LoadMigrations view = openClaw.movesAgentsList() ? LoadMigrations.of(migrated) : LoadMigrations.none(migrated);
        List<SchemaViolation> theirs = view.backToFile(openClaw.validate(view.instance()));
        // the curated schema describes the newest line; for an older one, OpenClaw's own schema of that release
        // decides whether a place is wrong at all, and the curated finding only gives it better words
        List<SchemaViolation> out = new ArrayList<>(openClaw.newestLine() ? ours : UpstreamFilter.confirmed(ours, theirs));
        out.addAll(UpstreamFilter.additions(out, theirs, document, openClaw.newestLine()));
        return out;
    }

    /** A schema compiled for validation, with the document its violations point into (for {@link ReleaseSchema}). */
    static final class Compiled {
        private final Schema schema;
        private final SchemaDocument document;

        Compiled(JsonNode schemaTree, SchemaDocument document) {
            this.schema = SchemaRegistry.withDefaultDialect(SchemaDialect.DRAFT_7).getSchema(schemaTree);
            this.document = document;
        }

        SchemaDocument document() {
            return document;
        }

        /** The violations of an instance, collapsed, with pointers relative to the instance. */
        List<SchemaViolation> validate(JsonNode instance) {
            return ViolationCollapser.collapse(run(schema, document, instance));
        }
    }

    /**
     * Validates against a schema whose validators the library builds on first use, for the subschemas an
     * instance reaches: a small config compiles a fraction of a schema (docs/performance.md), instead of all of
     * it up front ({@code initializeValidators}). That lazy set-up is not thread-safe, so a schema validates one
     * instance at a time: files checked at once ({@code ParallelMap}) and the modules of a Maven build with
     * {@code -T} share the compiled schemas. (A copy per thread instead was slower: compiling it costs more than
     * the wait.)
     */
    private static List<SchemaViolation> run(Schema schema, SchemaDocument owner, JsonNode instance) {
        List<Error> errors;
        synchronized (schema) {
            errors = schema.validate(instance);
        }
        List<SchemaViolation> out = new ArrayList<>();
        for (Error e : errors) {
            String keyword = String.valueOf(e.getKeyword());
            Object[] args = e.getArguments();
            List<String> expected = new ArrayList<>();
            String found = null;
            JsonNode schemaNode = e.getSchemaNode();
            if (keyword.equals("type") && args != null && args.length >= 2) {
                found = String.valueOf(args[0]);
                for (String t : String.valueOf(args[1]).replace("[", "").replace("]", "").split(",")) {
                    expected.add(t.trim());
                }
            } else if (schemaNode != null && schemaNode.isArray()) {
                for (JsonNode v : schemaNode) {
                    expected.add(v.isString() ? v.asString() : v.toString());
                }
            } else if (schemaNode != null && schemaNode.isValueNode()) {
                expected.add(schemaNode.isString() ? schemaNode.asString() : schemaNode.toString());
            }
            String fragment = e.getSchemaLocation().getFragment().toString();
            out.add(new SchemaViolation(e.getInstanceLocation().toString(), keyword, e.getProperty(),
                    String.valueOf(e.getMessage()), fragment, e.getEvaluationPath().toString(), expected, found, owner));
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
            double value = n.value();
            if (JsNumbers.isSafeInteger(value)) {
                return NODES.numberNode((long) value);
            }
            if (n.isInteger()) {
                // exactly, as a big integer: the validator reads a whole double as a long for an integer
                // bound and fails on one beyond the long range (1e19), where a big integer compares fine
                return NODES.numberNode(new BigDecimal(value).toBigIntegerExact());
            }
            return NODES.numberNode(value);
        }
        if (node instanceof BooleanNode b) {
            return NODES.booleanNode(b.value());
        }
        if (node instanceof NullNode) {
            return NODES.nullNode();
        }
        throw new IllegalStateException("unknown node type " + node.getClass());
    }

    /**
     * Draft 7 as clawlint's schemas and OpenClaw's use it: the standard keywords, plus the annotation keywords
     * editors read ({@link #EDITOR_ANNOTATIONS}) and every vendor keyword ({@code x-...}, clawlint's
     * {@code x-openclaw-since} and the like, IntelliJ's {@code x-intellij-...}), declared as annotations: they
     * describe, they never validate. Without this, the schema library logs "Unknown keyword markdownDescription -
     * you should define your own Meta Schema" once per keyword and schema (twenty lines on every Maven build). A
     * keyword that is neither stays unknown, and the library still says so.
     */
    static final class SchemaDialect {
        /**
         * Annotation keywords of the shipped schemas that Draft 7 does not define: VS Code's JSON language service's
         * (which the published schema uses for editors), and the later drafts' {@code deprecated} and {@code $defs}
         * that OpenClaw's own schema output uses (a {@code $ref} into {@code $defs} still resolves: it is a JSON pointer).
         */
        public static final List<String> EDITOR_ANNOTATIONS = List.of("markdownDescription", "deprecationMessage",
                "defaultSnippets", "errorMessage", "patternErrorMessage", "enumDescriptions", "markdownEnumDescriptions",
                "doNotSuggest", "suggestSortText", "allowComments", "allowTrailingCommas", "deprecated", "$defs");

        /** Draft 7 with clawlint's annotations. */
        public static final Dialect DRAFT_7 = Dialect.builder(Dialects.getDraft7())
                .keywords(EDITOR_ANNOTATIONS.stream().map(AnnotationKeyword::new).toList())
                .unknownKeywordFactory(new VendorKeywords())
                .build();

        private SchemaDialect() {}

        /** {@code x-...} is an annotation; any other keyword the dialect does not know goes to the library's default. */
        private static final class VendorKeywords implements KeywordFactory {
            @Override
            public Keyword getKeyword(String value, SchemaContext context) {
                return value.startsWith("x-") ? new AnnotationKeyword(value)
                        : UnknownKeywordFactory.getInstance().getKeyword(value, context);
            }
        }
    }
}
