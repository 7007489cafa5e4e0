package dev.clawlint.schema;

import static dev.clawlint.schema.SchemaSupport.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Editor quality: descriptions everywhere, enum docs, deprecated guide keys, vendor keywords. */
class SchemaDocumentationTest {
    /** Where the models and agents subtrees live (the root keys and the definitions they use). */
    private static final String[] MODELS_AND_AGENTS = {"/properties/models", "/properties/agents", "/definitions"};

    /** The guide's keys: schema pointer of the declared property -> clawlint rule id that reports it. */
    static final Map<String, String> GUIDE_KEYS = new LinkedHashMap<>();

    static {
        GUIDE_KEYS.put("/properties/brain", "legacy-brain");
        GUIDE_KEYS.put("/properties/heartbeat", "legacy-heartbeat");
        GUIDE_KEYS.put("/definitions/provider/properties/type", "provider-type-host");
        GUIDE_KEYS.put("/definitions/provider/properties/host", "provider-type-host");
        GUIDE_KEYS.put("/definitions/provider/properties/requiresStringContent", "provider-compat-flags");
        GUIDE_KEYS.put("/definitions/provider/properties/strictMessageKeys", "provider-compat-flags");
        GUIDE_KEYS.put("/definitions/provider/properties/tool_choice", "tool-choice-placement");
        GUIDE_KEYS.put("/definitions/modelCompat/properties/tool_choice", "tool-choice-placement");
        GUIDE_KEYS.put("/definitions/agentModel/anyOf/1/properties/fallback", "fallback-singular");
        GUIDE_KEYS.put("/properties/agents/properties/list", "agents-list");
    }

    private static final Pattern VERSION = Pattern.compile("^20\\d\\d\\.(?:[1-9]|1[0-2])$");

    @Test
    void everyPropertyOfModelsAndAgentsHasDescriptionAndMarkdownDescription() {
        List<Map.Entry<String, JsonNode>> props = SchemaSupport.propertiesUnder(MODELS_AND_AGENTS);
        assertThat(props.size()).as("sanity: the walker finds the provider and model fields").isGreaterThan(300);
        assertThat(props).extracting(Map.Entry::getKey).contains("/definitions/provider/properties/baseUrl",
                "/definitions/model/properties/contextWindow", "/definitions/modelCompat/properties/requiresStringContent",
                "/definitions/agentDefaults/properties/heartbeat", "/properties/models/properties/mode");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : props) {
            for (String k : List.of("description", "markdownDescription")) {
                JsonNode d = e.getValue().get(k);
                if (d == null || !d.isString() || d.asString().isBlank()) {
                    missing.add(e.getKey() + " " + k);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void descriptionsLiveOnTheUseSiteNotOnDefinitionsOrBranches() {
        // VS Code copies a $ref'd definition into the referencing node (the definition's keys win) and shows the first
        // description among a node's matching subschemas, combinator branches first. Text on a definition root or a
        // branch would hide the use site's own text (e.g. apiKey's "ollama-local" advice behind a generic "a secret").
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> d : SCHEMA.get("definitions").properties()) {
            if (d.getValue().has("description") || d.getValue().has("markdownDescription")) {
                problems.add("/definitions/" + d.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            boolean branch = e.getKey().matches(".*/(anyOf|oneOf|allOf)/\\d+$");
            boolean hasText = e.getValue().has("description") || e.getValue().has("markdownDescription");
            if (branch && hasText) {
                problems.add(e.getKey() + " (branch with a description)");
            }
            if (e.getValue().has("$ref") && !branch
                    && !(e.getValue().has("description") && e.getValue().has("markdownDescription"))) {
                problems.add(e.getKey() + " ($ref without its own description)");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRootSectionHasADescription() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : SCHEMA.get("properties").properties()) {
            if (!e.getValue().has("description") || !e.getValue().has("markdownDescription")) {
                missing.add(e.getKey());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumHasMatchingEnumDescriptions() {
        List<String> problems = new ArrayList<>();
        int enums = 0;
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            JsonNode en = e.getValue().get("enum");
            if (en == null) {
                continue;
            }
            enums++;
            JsonNode jetbrains = e.getValue().get("x-intellij-enum-metadata");
            if (jetbrains == null || jetbrains.size() != en.size()) {
                problems.add(e.getKey() + ": x-intellij-enum-metadata missing or not " + en.size() + " entries");
            }
            for (String k : List.of("enumDescriptions", "markdownEnumDescriptions")) {
                JsonNode d = e.getValue().get(k);
                if (d == null || !d.isArray() || d.size() != en.size()) {
                    problems.add(e.getKey() + ": " + k + " missing or not " + en.size() + " long");
                } else {
                    for (JsonNode s : d) {
                        if (!s.isString() || s.asString().isBlank()) {
                            problems.add(e.getKey() + ": blank entry in " + k);
                        }
                    }
                }
            }
        }
        assertThat(enums).isGreaterThan(15);
        assertThat(problems).isEmpty();
    }

    @Test
    void theApiEnumListsTheElevenAdaptersOf2026_9_everywhere() {
        List<String> expected = List.of("openai-completions", "openai-responses", "openai-chatgpt-responses", "anthropic-messages",
                "google-generative-ai", "google-vertex", "github-copilot", "bedrock-converse-stream", "ollama", "pi-messages",
                "azure-openai-responses");
        for (String p : List.of("/definitions/provider/properties/api", "/definitions/model/properties/api")) {
            List<String> actual = new ArrayList<>();
            SCHEMA.at(p + "/enum").forEach(n -> actual.add(n.asString()));
            assertThat(actual).as(p).containsExactlyElementsOf(expected);
            assertThat(SCHEMA.at(p + "/markdownEnumDescriptions").get(8).asString()).as("ollama explained").contains("/api/chat");
        }
    }

    @Test
    void theGuideKeysAreDeclaredDeprecatedHiddenAndNameTheirRule() {
        for (Map.Entry<String, String> g : GUIDE_KEYS.entrySet()) {
            JsonNode n = SCHEMA.at(g.getKey());
            assertThat(n.isMissingNode()).as(g.getKey() + " declared").isFalse();
            assertThat(n.path("deprecated").asBoolean(false)).as(g.getKey() + " deprecated").isTrue();
            assertThat(n.path("doNotSuggest").asBoolean(false)).as(g.getKey() + " doNotSuggest").isTrue();
            assertThat(n.path("deprecationMessage").asString("")).as(g.getKey() + " deprecationMessage").isNotBlank();
            assertThat(n.path("x-clawlint-rule").asString("")).as(g.getKey() + " x-clawlint-rule").isEqualTo(g.getValue());
            assertThat(n.path("x-clawlint-replaced-by").asString("")).as(g.getKey() + " x-clawlint-replaced-by").isNotBlank();
            // declared means accepted by the schema, so the linter reports the rule id, not "unknown key"
            assertThat(n.has("not")).as(g.getKey() + " must not be rejected by the schema itself").isFalse();
        }
    }

    @Test
    void onlyTheGuideKeysCarryARuleId() {
        Set<String> withRule = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            if (e.getValue().has("x-clawlint-rule")) {
                withRule.add(e.getKey());
            }
        }
        assertThat(withRule).isEqualTo(new TreeSet<>(GUIDE_KEYS.keySet()));
    }

    @Test
    void deprecatedPropertiesAreNeverSuggested() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            JsonNode n = e.getValue();
            if (n.path("deprecated").asBoolean(false)
                    && (!n.path("doNotSuggest").asBoolean(false) || n.path("deprecationMessage").asString("").isBlank())) {
                problems.add(e.getKey());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void versionKeywordsAreReleaseLines() {
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            for (String k : List.of("x-openclaw-since", "x-openclaw-until")) {
                JsonNode v = e.getValue().get(k);
                if (v != null) {
                    count++;
                    if (!v.isString() || !VERSION.matcher(v.asString()).matches()) {
                        problems.add(e.getKey() + " " + k + "=" + v);
                    }
                }
            }
            JsonNode since = e.getValue().get("x-openclaw-since");
            JsonNode until = e.getValue().get("x-openclaw-until");
            if (since != null && until != null && compare(since.asString(), until.asString()) >= 0) {
                problems.add(e.getKey() + ": since >= until");
            }
            JsonNode enumSince = e.getValue().get("x-openclaw-enum-since");
            if (enumSince != null) {
                Set<String> values = new TreeSet<>();
                e.getValue().get("enum").forEach(x -> values.add(x.asString()));
                assertThat(new TreeSet<>(enumSince.propertyNames())).as(e.getKey() + " x-openclaw-enum-since covers the enum")
                        .isEqualTo(values);
            }
        }
        assertThat(count).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void declaredKeysWithAnUntilAreTheOnesOpenClaw2026_9StillMigrates() {
        // accepted by 2026.9 with a migration warning, so declared (validation = OpenClaw's) but deprecated
        Set<String> migrated = Set.of("/definitions/provider/properties/contextWindow", "/definitions/provider/properties/contextTokens",
                "/properties/agents/properties/list", "/definitions/agentEntry/properties/default",
                "/definitions/agentListItem/properties/default");
        Set<String> withUntil = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            if (e.getValue().has("x-openclaw-until")) {
                withUntil.add(e.getKey());
                assertThat(e.getValue().path("deprecated").asBoolean(false)).as(e.getKey()).isTrue();
                assertThat(e.getValue().has("not")).as(e.getKey() + " is accepted by 2026.9").isFalse();
            }
        }
        assertThat(withUntil).isEqualTo(new TreeSet<>(migrated));
    }

    @Test
    void removedKeysAreUndeclaredSoTheyFailLikeAnyUnknownKey() {
        // keys 2026.9 rejects ("Unrecognized key") are listed in the parent's x-openclaw-removed, not declared:
        // validation reports them through additionalProperties, exactly like OpenClaw, and the linter can add the history
        int count = 0;
        for (Map.Entry<String, JsonNode> e : SchemaSupport.allSchemas()) {
            JsonNode removed = e.getValue().get("x-openclaw-removed");
            if (removed == null) {
                continue;
            }
            assertThat(e.getValue().path("additionalProperties").isBoolean() && !e.getValue().get("additionalProperties").asBoolean())
                    .as(e.getKey() + " is strict").isTrue();
            for (Map.Entry<String, JsonNode> r : removed.properties()) {
                count++;
                String where = e.getKey() + " x-openclaw-removed." + r.getKey();
                assertThat(e.getValue().path("properties").has(r.getKey())).as(where + " not declared").isFalse();
                assertThat(r.getValue().path("message").asString("")).as(where + " message").isNotBlank();
                String since = r.getValue().path("since").asString("");
                String until = r.getValue().path("until").asString("");
                assertThat(VERSION.matcher(since).matches() && VERSION.matcher(until).matches()).as(where + " versions").isTrue();
                assertThat(compare(since, until)).as(where + " since < until").isNegative();
                // and the schema really rejects it
                tools.jackson.databind.node.ObjectNode probe = SchemaSupport.MAPPER.createObjectNode();
                probe.put(r.getKey(), true);
                assertThat(SchemaSupport.validate(e.getKey(), probe)).as(where + " rejected").isNotEmpty();
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyRootKeyOfOpenClaw2026_9_6IsDeclared() {
        // research/openclaw-config.md §1.1
        List<String> root = List.of("$schema", "meta", "env", "wizard", "diagnostics", "logging", "update", "telemetry", "browser",
                "ui", "secrets", "auth", "accessGroups", "acp", "models", "nodeHost", "agents", "worktreeRoot",
                "worktreeAcceleration", "tools", "security", "bindings", "broadcast", "attachments", "messages", "tts",
                "commands", "approvals", "session", "cron", "transcripts", "hooks", "channels", "discovery", "talk", "gateway",
                "cloudWorkers", "desktop", "memory", "mcp", "skills", "plugins", "surfaces", "proxy");
        Set<String> declared = new TreeSet<>(SCHEMA.get("properties").propertyNames());
        assertThat(declared).containsAll(root);
        declared.removeAll(root);
        assertThat(declared).as("root keys beyond OpenClaw's: only the guide's").containsExactlyInAnyOrder("brain", "heartbeat");
        assertThat(SCHEMA.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void modelsAndAgentsObjectsAreStrictExceptTheFreeFormMaps() {
        // free-form in OpenClaw too: record<string, unknown> params and header/env maps
        Set<String> open = Set.of("/definitions/modelParams", "/definitions/agentModelSettings/properties/params",
                "/definitions/provider/properties/params", "/properties/brain", "/properties/heartbeat");
        List<String> problems = new ArrayList<>();
        for (String start : MODELS_AND_AGENTS) {
            SchemaSupport.walkUnder(start, (p, n) -> {
                if (n.has("properties") && !p.matches(".*/(if|then|not|dependencies)(/.*)?$") && !open.contains(p)
                        && !n.has("allOf") && !(n.has("additionalProperties") && n.get("additionalProperties").isBoolean()
                                && !n.get("additionalProperties").asBoolean())) {
                    problems.add(p);
                }
            });
        }
        assertThat(problems).as("objects with properties but without additionalProperties: false").isEmpty();
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }
}
