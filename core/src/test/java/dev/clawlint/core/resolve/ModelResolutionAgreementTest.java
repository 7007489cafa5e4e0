package dev.clawlint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.fixtures.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * clawlint's resolution agrees with OpenClaw's own ({@code openclaw models status --json} and
 * {@code models list --json}, recorded in {@code fixtures/oracle/models-<release>.jsonl} by
 * {@code tools/oracle/record-models.sh}; docs/openclaw/model-resolution.md). Per recorded file and agent:
 * the resolved primary, the fallbacks as written and (through the {@code fallback#N} tags) as resolved,
 * the aliases, the allowlist, and the catalogue: every row's key, tags, and, for configured rows, the
 * effective {@code contextWindow}, {@code input} and {@code local}. Where OpenClaw refuses to inspect a
 * roster without an owner, clawlint must find no owner either; other OpenClaw errors (secrets it cannot
 * resolve offline) are counted, not compared.
 *
 * <p>What neither command reports is not compared: the heartbeat model, and the metadata of allowlisted
 * refs that OpenClaw takes from the bundled catalogues of its provider plugins (clawlint shows them as
 * coming from the built-in catalogue, and the {@code missing} tag older releases give such a ref when that
 * catalogue does not know it); wildcard allowlist entries ({@code openai/*}) are compared as the
 * pattern, since OpenClaw expands them against those catalogues.
 */
class ModelResolutionAgreementTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String ROSTER_REFUSAL = "Multiple agents are configured, but model inspection has no explicit owner";

    private static final String RECORDING = "/dev/clawlint/fixtures/oracle/models-%s.jsonl";

    /**
     * Where clawlint knowingly answers differently, per release: {@code "file [agent] field"} → OpenClaw's
     * output as evidence, and why. The goal is an empty table for every release.
     */
    private static final Map<String, Map<String, String>> KNOWN_DIFFERENCES = Map.of("2026.2.21", known2026_2(),
            "2026.5.28", known2026_5(), "2026.7.1", known2026_7());

    private static Map<String, String> known2026_2() {
        String probe = "src-test-fixtures/data/oracle/models-probes/slash-ids.json5 [no --agent] ";
        String qwen = "OpenClaw qwen-portal/Qwen3-32B [default, missing] for the written qwen/Qwen3-32B: 2026.2.21's "
                + "normalizeProviderId maps \"qwen\" to \"qwen-portal\" (dist source); clawlint's provider aliases are "
                + "2026.9.6's, not per release";
        return Map.of(probe + "primary", qwen, probe + "catalogue", qwen);
    }

    private static final String F015 = "corpus/real/015-Mithras-homelab-openclaw-openclaw.json";
    private static final String F036 = "corpus/real/036-imsks-openclaw-config-openclaw.json";

    /** 2026.5.28 (its real configs recorded): the two kinds of 2026.7.1, on one more file (036, groq with a key). */
    private static Map<String, String> known2026_5() {
        Map<String, String> m = known2026_7();
        authenticatedCatalogue(m, F036, "groq/compound ... groq/openai/gpt-oss-safeguard-20b [] (7 rows)", "no --agent", "main", "office", "tbe");
        return m;
    }

    private static Map<String, String> known2026_7() {
        Map<String, String> m = new TreeMap<>();
        authenticatedCatalogue(m, F015, "openai/gpt-5.3-chat-latest ... openai/o4-mini-deep-research [] (24 rows)", "no --agent", "dina", "main");
        String f083 = "corpus/real/083-adhikagunadarma-openclaw-docker-config-config-openclaw.json [no --agent] ";
        String google = "OpenClaw google/gemini-3.1-pro-preview for the written google/gemini-3.1-pro (alias gemini-pro-3.1): "
                + "the bundled google plugin normalises the model id (allowPluginNormalization); clawlint keeps it as written";
        for (String field : List.of("aliases", "allowed", "catalogue")) {
            m.put(f083 + field, google);
        }
        return m;
    }

    /**
     * From 2026.5 on, models list adds the bundled catalogue of every provider with usable auth
     * (appendAuthenticatedCatalogRows: a models.providers entry of a bundled provider with an apiKey); clawlint does
     * not know the bundled catalogues.
     */
    private static void authenticatedCatalogue(Map<String, String> known, String file, String rows, String... agents) {
        for (String agent : agents) {
            known.put(file + " [" + agent + "] catalogue", "OpenClaw lists " + rows + ": from 2026.5 on models list adds the bundled"
                    + " catalogue of every provider with usable auth (appendAuthenticatedCatalogRows); clawlint does not know"
                    + " the bundled catalogues");
        }
    }

    /** The least number of compared records per release (a recording that shrinks by accident fails). */
    private static final Map<String, Integer> FLOORS = Map.of("2026.9.6", 120, "2026.8.2", 19, "2026.7.1", 85,
            "2026.5.28", 105, "2026.2.21", 8, "2026.3.31", 9, "2026.4.27", 9, "2026.6.35", 9);

    /** The figures of one release's recording. */
    record Figures(int agree, int differ, int openClawErrors, List<String> differences) {}

    /** Every supported release with a recording of OpenClaw's model resolution, oldest first. */
    static List<TargetVersion> recordedReleases() {
        List<TargetVersion> out = new ArrayList<>();
        for (TargetVersion t : TargetVersion.SUPPORTED) {
            if (ModelResolutionAgreementTest.class.getResource(String.format(RECORDING, t.release())) != null) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void theLatestReleaseIsRecorded() {
        assertThat(recordedReleases()).as("releases with a models-<release>.jsonl").contains(TargetVersion.LATEST);
    }

    @ParameterizedTest(name = "OpenClaw {0}")
    @MethodSource("recordedReleases")
    void agreesWithOpenClaw(TargetVersion target) throws Exception {
        String release = target.release();
        Figures f = compare(String.format(RECORDING, release), target);
        System.out.printf("model resolution vs OpenClaw %s: %d records agree, %d differ, %d OpenClaw errors (not compared)%n",
                release, f.agree(), f.differ(), f.openClawErrors());
        Map<String, String> known = KNOWN_DIFFERENCES.getOrDefault(release, Map.of());
        List<String> unexpected = f.differences().stream().filter(d -> !known.containsKey(key(d))).toList();
        assertThat(unexpected).as("differences from OpenClaw %s's recorded resolution", release).isEmpty();
        Set<String> seen = new TreeSet<>();
        f.differences().forEach(d -> seen.add(key(d)));
        assertThat(known.keySet()).as("known differences (%s) that no longer differ", release).allMatch(seen::contains);
        assertThat(f.agree() + f.differ()).as("compared records (%s)", release)
                .isGreaterThanOrEqualTo(FLOORS.getOrDefault(release, 1));
    }

    /** "file [agent] field: ..." → "file [agent] field". */
    private static String key(String difference) {
        int colon = difference.indexOf(": ");
        return colon < 0 ? difference : difference.substring(0, colon);
    }

    private static Figures compare(String resource, TargetVersion target) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        try (InputStream in = ModelResolutionAgreementTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    records.add(JSON.readTree(line));
                }
            }
        }
        int agree = 0;
        int differ = 0;
        int errors = 0;
        List<String> all = new ArrayList<>();
        Map<Path, EffectiveConfig> resolved = new HashMap<>();
        for (JsonNode r : records) {
            String file = r.path("file").asString();
            String agent = r.path("agent").isNull() ? null : r.path("agent").asString();
            Path path = localFile(file);
            assertThat(path).as("recorded file %s", file).isNotNull();
            Environment env = environmentOf(r);
            EffectiveConfig config = resolved.computeIfAbsent(path, p -> resolve(p, file, target, env));
            String label = file + " [" + (agent == null ? "no --agent" : agent) + "]";
            List<String> diffs = new ArrayList<>();
            String error = errorOf(r.path("status"));
            if (error != null) {
                if (error.contains(ROSTER_REFUSAL) && agent == null) {
                    if (config.owner().isPresent()) {
                        diffs.add(label + " owner: OpenClaw refuses (" + ROSTER_REFUSAL + "), clawlint picks "
                                + config.owner().get().id());
                    }
                } else {
                    errors++;
                    continue;
                }
            } else {
                compareRecord(label, r, config, agent, diffs);
            }
            if (diffs.isEmpty()) {
                agree++;
            } else {
                differ++;
                all.addAll(diffs);
            }
        }
        all.forEach(d -> System.out.println("  differs: " + d));
        return new Figures(agree, differ, errors, all);
    }

    private static void compareRecord(String label, JsonNode r, EffectiveConfig config, @Nullable String agentId,
            List<String> diffs) {
        JsonNode status = r.path("status");
        EffectiveAgent statusAgent = agentId == null ? config.defaults() : config.entry(agentId);
        // up to 2026.7 models list shows agents.defaults' refs, whatever --agent says, and needs no owner
        EffectiveAgent listAgent = !ReleaseModelDefaults.of(config.target()).listFollowsAgent() ? config.defaults()
                : agentId == null ? config.owner().orElse(null) : statusAgent;
        if (statusAgent == null || listAgent == null) {
            diffs.add(label + " agent: OpenClaw answers for it, clawlint has no such agent (or no owner)");
            return;
        }
        same(diffs, label + " primary", status.path("resolvedDefault").asString(), statusAgent.primary().ref());
        List<String> writtenFallbacks = new ArrayList<>();
        for (ModelRef f : statusAgent.fallbacks()) {
            writtenFallbacks.add(normalizedAsWritten(f.written()));
        }
        same(diffs, label + " fallbacks", strings(status.path("fallbacks")), writtenFallbacks);
        Map<String, String> aliases = new TreeMap<>();
        status.path("aliases").properties().forEach(e -> aliases.put(e.getKey(), e.getValue().asString()));
        same(diffs, label + " aliases", aliases, new TreeMap<>(config.aliases()));
        compareAllowlist(label, strings(status.path("allowed")), statusAgent, diffs);
        compareCatalogue(label, r.path("list"), config, listAgent, diffs);
        noUnresolvedRefOpenClawLists(label, r.path("list"), config, diffs);
    }

    /**
     * A reference clawlint calls unresolved (what {@code unresolved-model-ref} reports) must not be one OpenClaw
     * knows: a {@code models list} row with metadata (an {@code input} other than {@code -}, no {@code missing}).
     * OpenClaw also lists the refs it does not know, as {@code input: "-"}. Checked for the latest release only:
     * older releases' {@code models list} gives rows with metadata to refs they do not resolve either (the probe
     * {@code slash-ids.json5}'s {@code nosuch/model-x} on 2026.3 to 2026.8), so a row there proves nothing.
     */
    private static void noUnresolvedRefOpenClawLists(String label, JsonNode list, EffectiveConfig config, List<String> diffs) {
        if (!config.target().equals(TargetVersion.LATEST)) {
            return;
        }
        Set<String> listed = new TreeSet<>();
        for (JsonNode row : list.path("models")) {
            if (!row.path("missing").asBoolean(false) && !row.path("input").asString("-").equals("-")) {
                listed.add(row.path("key").asString());
            }
        }
        for (ModelRef ref : config.references()) {
            if (ref.status() == ModelRef.Status.UNRESOLVED && listed.contains(ref.ref())) {
                diffs.add(label + " unresolved " + ref.ref() + ": clawlint calls \"" + ref.written()
                        + "\" unresolved, OpenClaw lists it");
            }
        }
    }

    private static void compareAllowlist(String label, List<String> openClaw, EffectiveAgent agent, List<String> diffs) {
        Set<String> exact = new TreeSet<>();
        List<String> wildcards = new ArrayList<>();
        for (Valued<String> a : agent.allowlist()) {
            (a.value().endsWith("/*") ? wildcards : exact).add(a.value());
        }
        Set<String> expanded = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (String a : openClaw) {
            boolean fromWildcard = wildcards.stream().anyMatch(w -> a.startsWith(w.substring(0, w.length() - 1)));
            (fromWildcard && !exact.contains(a) ? expanded : named).add(a);
        }
        same(diffs, label + " allowed", named, exact);
    }

    private static void compareCatalogue(String label, JsonNode list, EffectiveConfig config, EffectiveAgent agent,
            List<String> diffs) {
        Map<String, CatalogRow> ours = new LinkedHashMap<>();
        for (CatalogRow row : ModelCatalog.of(config, agent)) {
            ours.put(row.key(), row);
        }
        Set<String> theirs = new TreeSet<>();
        for (JsonNode m : list.path("models")) {
            String key = m.path("key").asString();
            theirs.add(key);
            CatalogRow row = ours.get(key);
            if (row == null) {
                diffs.add(label + " catalogue: OpenClaw lists " + key + " " + m.path("tags") + ", clawlint does not");
                continue;
            }
            List<String> tags = strings(m.path("tags"));
            if (row.model() == null) {
                tags.remove("missing"); // whether OpenClaw's bundled catalogue knows a ref clawlint does not know
            }
            same(diffs, label + " tags " + key, tags, row.tags());
            if (row.model() != null) {
                same(diffs, label + " contextWindow " + key, m.path("contextWindow").isNull() ? null : m.path("contextWindow").asDouble(),
                        row.contextWindow());
                same(diffs, label + " input " + key, m.path("input").asString(), row.input());
                same(diffs, label + " local " + key, m.path("local").isNull() ? null : m.path("local").asBoolean(), row.local());
            }
        }
        for (String key : ours.keySet()) {
            if (!theirs.contains(key)) {
                diffs.add(label + " catalogue: clawlint lists " + key + ", OpenClaw does not");
            }
        }
    }

    /** A reference as {@code models status} echoes it: the provider part lower-cased. */
    private static String normalizedAsWritten(String written) {
        String trimmed = written.trim();
        int slash = trimmed.indexOf('/');
        return slash > 0 ? BuiltInProviders.normalize(trimmed.substring(0, slash)) + trimmed.substring(slash) : trimmed;
    }

    private static void same(List<String> diffs, String what, @Nullable Object openClaw, @Nullable Object clawlint) {
        if (!java.util.Objects.equals(openClaw, clawlint)) {
            diffs.add(what + ": OpenClaw " + openClaw + ", clawlint " + clawlint);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asString()));
        return out;
    }

    /** OpenClaw's error message when it answered with one, else null. */
    private static @Nullable String errorOf(JsonNode status) {
        if (status.has("error")) {
            JsonNode e = status.path("error");
            return e.isString() ? e.asString() : e.path("message").asString();
        }
        return null;
    }

    /**
     * The environment OpenClaw was asked in: the placeholders the recorder gave the file's {@code ${VAR}}
     * references ({@code "env"}), else unknown.
     */
    private static Environment environmentOf(JsonNode record) {
        JsonNode env = record.path("env");
        if (!env.isObject()) {
            return Environment.unknown();
        }
        Map<String, String> variables = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : env.properties()) {
            variables.put(e.getKey(), e.getValue().asString());
        }
        return Environment.of(variables);
    }

    private static EffectiveConfig resolve(Path file, String displayName, TargetVersion target, Environment env) {
        try {
            var loaded = new ConfigLoader().load(file, displayName, env);
            return ConfigResolver.resolve(loaded.requireDocument(), target, env);
        } catch (Exception e) {
            throw new IllegalStateException("cannot resolve " + displayName, e);
        }
    }

    /** corpus/real/X → the corpus copy; seed/examples/X → the guide snippets in examples/guide; else the repository. */
    private static @Nullable Path localFile(String name) {
        Path root = Fixtures.repositoryRoot();
        String base = name.substring(name.lastIndexOf('/') + 1);
        Path p = name.startsWith("corpus/real/") ? Fixtures.data("corpus").resolve("real").resolve(base)
                : name.startsWith("seed/examples/") ? root.resolve("examples/guide").resolve(base)
                : root.resolve(name);
        return Files.isRegularFile(p) ? p : null;
    }
}
