package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.schema.SchemaDocument;
import dev.clawlint.core.schema.SchemaValidator;
import dev.clawlint.core.schema.UpstreamFilter;
import dev.clawlint.core.schema.UpstreamSchema;
import dev.clawlint.core.testing.ExportedSchema;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.fixtures.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * clawlint agrees with OpenClaw 2026.9.6 on the sections it models. For every corpus file and guide
 * example with a recorded verdict of OpenClaw's own validator:
 * <ul>
 *   <li>every issue OpenClaw reports under {@code models.*}, {@code agents.*}, or a root {@code brain} /
 *       {@code heartbeat} has a clawlint error (any rule) at the same place: the finding's pointer, or for
 *       {@code Unrecognized key(s)} reported on the parent, the parent plus each key;</li>
 *   <li>clawlint reports no structural error ({@code unknown-key}, {@code invalid-type}, {@code invalid-value},
 *       {@code missing-required}) at a place in those sections where OpenClaw reports nothing.</li>
 * </ul>
 * Issues inside the agent sections clawlint's schema types only loosely ({@code compaction},
 * {@code sandbox}, {@code tools}, ... — decided by the schema itself, see {@link UpstreamFilter#loose}) are
 * not required without an upstream schema; {@link #upstreamSchemaCatchesTheLooselyTypedSections} requires
 * them with OpenClaw's exported schema ({@code --upstream-schema}) when that file is available.
 */
class OracleAgreementTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String ORACLE = "/dev/clawlint/fixtures/oracle/openclaw-2026.9.6.jsonl";
    private static final Set<String> STRUCTURAL = Set.of("unknown-key", "invalid-type", "invalid-value", "missing-required");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /**
     * OpenClaw issues clawlint reports at another place, on purpose. Each entry: file, OpenClaw's pointer,
     * where clawlint reports it and why.
     */
    private static final Map<String, String> REPORTED_ELSEWHERE = Map.of(
            // a legacy agents.list roster without ownership: OpenClaw names the missing agents.ownership; the
            // agents-list rule reports it on agents.list, the key its fix rewrites into agents.entries + ownership
            "/agents/ownership", "/agents/list");

    private final SchemaDocument published = SchemaValidator.published().document();

    private record Verdict(Path file, List<String> expected) {}

    @Test
    void clawlintAgreesWithOpenClawOnModelsAndAgents() throws Exception {
        Tally tally = run(null);
        System.out.println("oracle agreement: " + tally.matched + "/" + tally.required + " OpenClaw issues matched, "
                + tally.loose + " more in loosely typed agent sections left to --upstream-schema, " + tally.cleanFiles
                + "/" + tally.files + " files with no false structural error");
        assertThat(tally.unmatched).as("OpenClaw issues without a clawlint error at that place").isEmpty();
        assertThat(tally.falseErrors).as("structural errors where OpenClaw reports nothing").isEmpty();
        assertThat(tally.files).isGreaterThan(100);
    }

    @Test
    void upstreamSchemaCatchesTheLooselyTypedSections() throws Exception {
        Tally tally = run(ExportedSchema.openClaw2026_9());
        System.out.println("oracle agreement with --upstream-schema: " + tally.matched + "/" + tally.required
                + " OpenClaw issues matched, " + tally.cleanFiles + "/" + tally.files + " files with no false structural error");
        assertThat(tally.unmatched).as("OpenClaw issues without a clawlint error at that place").isEmpty();
        assertThat(tally.falseErrors).as("structural errors where OpenClaw reports nothing").isEmpty();
        assertThat(tally.loose).isZero();
    }

    private static final class Tally {
        int files;
        int cleanFiles;
        int required;
        int matched;
        int loose;
        final List<String> unmatched = new ArrayList<>();
        final List<String> falseErrors = new ArrayList<>();
    }

    private Tally run(@Nullable UpstreamSchema upstream) throws Exception {
        Tally tally = new Tally();
        Clawlint clawlint = new Clawlint();
        for (Verdict verdict : verdicts()) {
            List<Diagnostic> diagnostics = clawlint.check(new CheckRequest(List.of(verdict.file()), TargetVersion.LATEST,
                    Environment.unknown(), RuleSettings.DEFAULTS, Severity.ERROR).withUpstreamSchema(upstream)).diagnostics();
            List<String> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::pointer).toList();
            tally.files++;
            for (String pointer : verdict.expected()) {
                boolean inLooseSection = upstream == null && UpstreamFilter.loose(published, JsonPointer.parent(pointer));
                String place = REPORTED_ELSEWHERE.getOrDefault(pointer, pointer);
                if (errors.contains(pointer) || errors.contains(place)) {
                    tally.required++;
                    tally.matched++;
                } else if (inLooseSection) {
                    tally.loose++;
                } else {
                    tally.required++;
                    tally.unmatched.add(verdict.file().getFileName() + " " + pointer);
                }
            }
            boolean clean = true;
            for (Diagnostic d : diagnostics) {
                String section = JsonPointer.segments(d.pointer()).isEmpty() ? "" : JsonPointer.segments(d.pointer()).get(0);
                boolean modelled = section.equals("models") || section.equals("agents");
                if (modelled && STRUCTURAL.contains(d.ruleId()) && d.severity() == Severity.ERROR
                        && !verdict.expected().contains(d.pointer())) {
                    tally.falseErrors.add(verdict.file().getFileName() + " " + d.pointer() + " " + d.ruleId() + ": " + d.message());
                    clean = false;
                }
            }
            if (clean) {
                tally.cleanFiles++;
            }
        }
        return tally;
    }

    /** OpenClaw's recorded verdicts, with each issue turned into the pointer clawlint reports it at. */
    private List<Verdict> verdicts() throws Exception {
        List<Verdict> out = new ArrayList<>();
        String text;
        try (InputStream in = OracleAgreementTest.class.getResourceAsStream(ORACLE)) {
            assertThat(in).as(ORACLE).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            Path file = localFile(record.path("file").asString());
            if (file == null) {
                continue;
            }
            Document parsed = new ConfigLoader().load(file, file.toString(), Environment.unknown()).document();
            Node document = parsed == null ? null : parsed.root();
            List<String> expected = new ArrayList<>();
            for (JsonNode issue : record.path("issues")) {
                expected.addAll(pointers(issue.path("path").asString(), issue.path("message").asString(), document));
            }
            out.add(new Verdict(file, expected));
        }
        return out;
    }

    /** corpus/real/X → the corpus; seed/examples/X and examples/guide/X → the guide snippets in examples/guide. */
    static @Nullable Path localFile(String name) {
        Path root = Fixtures.repositoryRoot();
        String base = name.substring(name.lastIndexOf('/') + 1);
        Path p;
        if (name.startsWith("corpus/real/")) {
            p = Fixtures.data("corpus").resolve("real").resolve(base);
        } else if (name.startsWith("seed/examples/") || name.startsWith("examples/guide/")) {
            p = root.resolve("examples/guide").resolve(base);
        } else {
            p = root.resolve(name);
        }
        return Files.isRegularFile(p) && !base.endsWith(".txt") ? p : null;
    }

    /** The pointers an OpenClaw issue stands for, in the sections this test compares; none for other sections. */
    static List<String> pointers(String dotted, String message, @Nullable Node document) {
        List<String> out = new ArrayList<>();
        boolean root = dotted.equals("<root>");
        String base = root ? "" : pointerOf(dotted, document);
        List<String> segments = JsonPointer.segments(base);
        String section = segments.isEmpty() ? "" : segments.get(0);
        if (message.startsWith("Unrecognized key")) {
            Matcher m = QUOTED.matcher(message);
            while (m.find()) {
                String key = m.group(1);
                if (key == null) {
                    continue;
                }
                boolean relevant = root ? key.equals("brain") || key.equals("heartbeat")
                        : section.equals("models") || section.equals("agents");
                if (relevant) {
                    out.add(JsonPointer.child(base, key));
                }
            }
        } else if (section.equals("models") || section.equals("agents")) {
            out.add(base);
        }
        return out;
    }

    /**
     * OpenClaw's dotted path as a pointer, matching keys that themselves contain dots against the document.
     * OpenClaw validates after moving a legacy {@code agents.list} to {@code agents.entries}, so it names
     * {@code agents.entries.<id>} for what the file has as {@code agents.list[i]} with that id.
     */
    static String pointerOf(String dotted, @Nullable Node document) {
        String[] parts = dotted.split("\\.");
        if (parts.length >= 3 && parts[0].equals("agents") && parts[1].equals("entries") && document instanceof ObjectNode root
                && root.get("agents") instanceof ObjectNode agents && !agents.has("entries")
                && agents.get("list") instanceof ArrayNode list) {
            for (int i = 0; i < list.elements().size(); i++) {
                if (list.elements().get(i) instanceof ObjectNode item && parts[2].equals(item.string("id"))) {
                    parts[1] = "list";
                    parts[2] = Integer.toString(i);
                }
            }
        }
        StringBuilder pointer = new StringBuilder();
        Node node = document;
        int i = 0;
        while (i < parts.length) {
            int take = 1;
            if (node instanceof ObjectNode object) {
                for (int j = parts.length; j > i; j--) {
                    if (object.has(String.join(".", Arrays.copyOfRange(parts, i, j)))) {
                        take = j - i;
                        break;
                    }
                }
            }
            String key = String.join(".", Arrays.copyOfRange(parts, i, i + take));
            pointer.append('/').append(JsonPointer.escape(key));
            if (node instanceof ObjectNode object) {
                node = object.get(key);
            } else if (node instanceof ArrayNode array && key.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(key) < array.elements().size()) {
                node = array.elements().get(Integer.parseInt(key));
            } else {
                node = null;
            }
            i += take;
        }
        return pointer.toString();
    }
}
