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
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * clawlint's verdict is OpenClaw's verdict, for the whole file and every supported release. For each release,
 * over OpenClaw's recorded verdicts on the corpus, the guide snippets and the fixtures (tools/releases), with
 * the file checked for that release's line and the empty environment OpenClaw was run with:
 * <ol type="a">
 *   <li>every file OpenClaw rejects has at least one clawlint error;</li>
 *   <li>every issue OpenClaw reports has a clawlint error at its place (for an unknown key, the key; for a
 *       missing one, the key or the object that lacks it; for an issue about the whole file, any error);</li>
 *   <li>no structural error ({@code unknown-key}, {@code invalid-type}, {@code invalid-value},
 *       {@code missing-required}) on a file OpenClaw accepts.</li>
 * </ol>
 * Issues no check of the file alone can decide (plugins missing from the machine OpenClaw ran on) are
 * listed in {@link #MACHINE_DEPENDENT} and left out of (b), with the reason.
 */
class ReleaseAgreementTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String ORACLE = "/dev/clawlint/fixtures/oracle/";
    private static final Set<String> STRUCTURAL = Set.of("unknown-key", "invalid-type", "invalid-value", "missing-required");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CONFIG_PATH = Pattern.compile("referenced at config path: (\\S+)");

    /**
     * OpenClaw messages that depend on what is installed where OpenClaw ran, not on the file: the recording
     * ran with no plugins installed, so a path or plugin id the file names is "not found" there; on the
     * user's machine it may exist.
     */
    private static final List<String> MACHINE_DEPENDENT = List.of("plugin not found: ", "plugin: plugin path not found: ");

    /** OpenClaw issues clawlint reports at another place, on purpose: OpenClaw's place → clawlint's and why. */
    private static final Map<String, String> REPORTED_ELSEWHERE = Map.of(
            // a legacy agents.list roster without ownership: the agents-list rule reports it on agents.list,
            // the key its fix rewrites into agents.entries + ownership
            "/agents/ownership", "/agents/list");

    static Stream<TargetVersion> releases() {
        return TargetVersion.SUPPORTED.stream();
    }

    @ParameterizedTest(name = "OpenClaw {0}")
    @MethodSource("releases")
    void clawlintsVerdictIsOpenClawsVerdict(TargetVersion line) throws Exception {
        Tally t = run(line);
        System.out.printf("OpenClaw %s: (a) %d of %d rejected files without a clawlint error; (b) %d/%d issues matched at their"
                + " place (%.1f%%), %d machine-dependent left out; (c) %d of %d accepted files with a structural error%n",
                line.release(), t.rejectedWithoutError.size(), t.rejected, t.matched, t.issues,
                t.issues == 0 ? 100.0 : 100.0 * t.matched / t.issues, t.machineDependent, t.acceptedWithStructuralError.size(), t.accepted);
        t.rejectedWithoutError.forEach(f -> System.out.println("  (a) " + f));
        t.unmatched.forEach(f -> System.out.println("  (b) " + f));
        t.acceptedWithStructuralError.forEach(f -> System.out.println("  (c) " + f));
        assertThat(t.rejected + t.accepted).as("files with a verdict").isGreaterThan(150);
        assertThat(t.rejectedWithoutError).as("(a) files OpenClaw %s rejects without a clawlint error", line.release()).isEmpty();
        assertThat(t.acceptedWithStructuralError).as("(c) structural errors on files OpenClaw %s accepts", line.release()).isEmpty();
        assertThat(t.matched).as("(b) OpenClaw %s issues matched at their place", line.release())
                .isGreaterThanOrEqualTo((int) Math.ceil(t.issues * 0.99));
    }

    private static final class Tally {
        int rejected;
        int accepted;
        int issues;
        int matched;
        int machineDependent;
        final List<String> rejectedWithoutError = new ArrayList<>();
        final List<String> unmatched = new ArrayList<>();
        final List<String> acceptedWithStructuralError = new ArrayList<>();
    }

    private static Tally run(TargetVersion line) throws Exception {
        Tally tally = new Tally();
        Clawlint clawlint = new Clawlint();
        Environment empty = Environment.of(Map.of());
        for (String recording : List.of("openclaw-" + line.release() + ".jsonl", "fixtures-" + line.release() + ".jsonl")) {
            for (JsonNode record : records(recording)) {
                JsonNode valid = record.path("valid");
                Path file = OracleAgreementTest.localFile(record.path("file").asString());
                if (file == null || !valid.isBoolean()) {
                    continue; // a file not in this checkout, or a release that could not judge it (valid: null)
                }
                String name = record.path("file").asString();
                List<Diagnostic> findings = clawlint.check(new CheckRequest(List.of(file), line, empty,
                        RuleSettings.DEFAULTS, Severity.ERROR)).diagnostics();
                List<Diagnostic> errors = findings.stream().filter(d -> d.severity() == Severity.ERROR).toList();
                if (valid.asBoolean()) {
                    tally.accepted++;
                    errors.stream().filter(d -> STRUCTURAL.contains(d.ruleId())).findFirst().ifPresent(d ->
                            tally.acceptedWithStructuralError.add(name + " " + d.pointer() + " [" + d.ruleId() + "] " + d.message()));
                    continue;
                }
                tally.rejected++;
                if (errors.isEmpty()) {
                    tally.rejectedWithoutError.add(name + ": " + record.path("issues"));
                }
                Document parsed = new ConfigLoader().load(file, file.toString(), empty).document();
                Node document = parsed == null ? null : parsed.root();
                List<String> errorPlaces = errors.stream().map(Diagnostic::pointer).toList();
                for (JsonNode issue : record.path("issues")) {
                    String message = issue.path("message").asString();
                    if (MACHINE_DEPENDENT.stream().anyMatch(message::startsWith)) {
                        tally.machineDependent++;
                        continue;
                    }
                    tally.issues++;
                    if (matched(issue.path("path").asString(), message, document, errorPlaces)) {
                        tally.matched++;
                    } else {
                        tally.unmatched.add(name + " " + issue.path("path").asString() + ": " + message);
                    }
                }
            }
        }
        return tally;
    }

    /** Whether a clawlint error sits where OpenClaw's issue is (see the class comment). */
    private static boolean matched(String dotted, String message, @Nullable Node document, List<String> errors) {
        if (dotted.equals("<root>") || dotted.isEmpty()) {
            Matcher configPath = CONFIG_PATH.matcher(message);
            if (configPath.find()) {
                String pointer = OracleAgreementTest.pointerOf(String.valueOf(configPath.group(1)), document);
                return errors.stream().anyMatch(e -> e.equals(pointer) || pointer.startsWith(e + "/") || e.isEmpty());
            }
            if (!message.startsWith("Unrecognized key")) {
                return !errors.isEmpty();
            }
        }
        String base = dotted.equals("<root>") ? "" : OracleAgreementTest.pointerOf(dotted, document);
        List<String> places = new ArrayList<>();
        if (message.startsWith("Unrecognized key")) {
            Matcher m = QUOTED.matcher(message);
            while (m.find()) {
                places.add(JsonPointer.child(base, String.valueOf(m.group(1))));
            }
        } else {
            places.add(base);
            if (message.contains("received undefined")) {
                places.add(JsonPointer.parent(base)); // a missing key: on the object that lacks it
            }
        }
        for (String place : places) {
            String elsewhere = REPORTED_ELSEWHERE.getOrDefault(place, place);
            if (!errors.contains(place) && !errors.contains(elsewhere)) {
                return false;
            }
        }
        return !places.isEmpty();
    }

    private static List<JsonNode> records(String resource) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = ReleaseAgreementTest.class.getResourceAsStream(ORACLE + resource)) {
            assertThat(in).as(ORACLE + resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}
