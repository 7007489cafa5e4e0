package dev.clawlint.bench;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.schema.ReleaseSchema;
import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-off cost a process pays to compile schemas, measured cold: single shots, each on a fresh
 * {@link SchemaRegistry} (nothing cached by the library), in several fresh JVMs; the first shot of each fork
 * is what one CLI run pays, the later ones show it with a warm JIT. The release is the target release's
 * bundled validation copy ({@code releases/<v>/sections/}), compiled the way {@code ReleaseSchema} compiles
 * it (each section on its own); the schema trees are read in setup, so this is compilation alone. It
 * compiles every subschema up front ({@code initializeValidators}); a check compiles only the subschemas its
 * file reaches (SchemaValidator), so these are the upper bounds of what a process can pay.
 * <ul>
 *   <li>{@code curated}: clawlint's own schema (models, agents), as {@code SchemaValidator.published()} does;
 *   <li>{@code release-all}: the release's root and every one of its sections (what a file that has every
 *       top-level key would make a process compile);
 *   <li>{@code release-typical}: the root and the sections the typical config uses (what a small check compiles).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(5)
public class SchemaCompileBenchmark {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String FOLDER = "/" + ClawlintSchema.RESOURCE_FOLDER + "releases/";

    /** What is compiled (see the class comment). */
    @Param({"curated", "release-all", "release-typical"})
    public String scope = "curated";

    /** The release whose schema is compiled; empty for the target release (the newest). */
    @Param({""})
    public String release = "";

    private final List<JsonNode> trees = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        String r = release.isEmpty() ? TargetVersion.LATEST.release() : release;
        String folder = FOLDER + r + "/sections/";
        JsonNode root = read(folder + "_root.json");
        if (scope.equals("curated")) {
            return;
        }
        trees.add(root);
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String key : root.path("properties").propertyNames()) {
            wanted.put(key, folder + ReleaseSchema.fileName(key));
        }
        if (scope.equals("release-typical")) {
            wanted.keySet().retainAll(List.of("$schema", "models", "agents"));
        } else if (!scope.equals("release-all")) {
            throw new IllegalArgumentException("unknown scope " + scope);
        }
        for (String resource : wanted.values()) {
            trees.add(read(resource));
        }
    }

    /** Compiles the chosen schemas once, on a fresh registry each. */
    @Benchmark
    public void compile(Blackhole bh) {
        if (scope.equals("curated")) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                    .schemaIdResolvers(r -> r.mapPrefix(ClawlintSchema.ID_PREFIX, "classpath:" + ClawlintSchema.RESOURCE_FOLDER)));
            Schema schema = registry.getSchema(SchemaLocation.of(ClawlintSchema.ID));
            schema.initializeValidators();
            bh.consume(schema);
            return;
        }
        for (JsonNode tree : trees) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(tree);
            schema.initializeValidators();
            bh.consume(schema);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SchemaCompileBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
