package dev.clawlint.core.schema;

import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.schema.ClawlintSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenClaw's checks beyond its JSON Schema, per release: what {@code tools/releases/checks.mjs} reads from the
 * release's own code ({@code releases/<version>/checks.json}). A check the release does not make is null, so a rule
 * reading this asks the data, never a version number. Read once per release and process.
 *
 * @param webSearchLegacy {@code tools.web.search} keys that must move to {@code plugins.entries.<plugin>.config.webSearch}
 *     (the zod superRefine of {@code ToolsWebSearchSchema}), or null
 * @param webSearchProviders the provider ids the validator's {@code validateWebSearchProvider} knows, or null
 * @param mcpServerLegacyKeys the legacy keys of {@code mcp.servers.<id>} a superRefine rejects ("Unrecognized key"),
 *     each with what {@code openclaw doctor --fix} writes instead; empty when the release has no such check
 * @param agentRoster the checks of {@code AgentsSchema}'s superRefine on keyed {@code agents.entries}, or null
 * @param legacyConfigRules the legacy paths whose presence makes the validator refuse the file with their message instead
 *     of validating it ({@code LEGACY_CONFIG_RULES}, 2026.2); empty for a release without such a list
 * @param webSearchMovedOnLoad the {@code tools.web.search} keys whose object value the release moves to the provider's
 *     plugin entry when it reads the config, before validating (2026.4: its doctor migration runs on load); empty for
 *     the others
 * @param bundledProviders the provider ids the release's bundled plugins register (lower case): references to them
 *     resolve through the plugin's catalogue without a {@code models.providers} entry
 * @param localKeyless which custom providers the release runs without a key (it gives them the placeholder key
 *     {@code custom-local}), or null when it runs none: then a custom provider without a key fails
 */
public record ReleaseChecks(String release, @Nullable WebSearchLegacy webSearchLegacy,
        @Nullable WebSearchProviders webSearchProviders, Map<String, Replacement> mcpServerLegacyKeys,
        @Nullable AgentRoster agentRoster, List<LegacyPath> legacyConfigRules, List<String> webSearchMovedOnLoad,
        List<String> bundledProviders, @Nullable LocalKeyless localKeyless) {
    private static final String FOLDER = "/" + ClawlintSchema.RESOURCE_FOLDER + "releases/";
    private static final Map<String, ReleaseChecks> LOADED = new ConcurrentHashMap<>();

    /**
     * Legacy web_search provider configuration under {@code tools.web.search}.
     *
     * @param message OpenClaw's message for it
     * @param providerKeys keys whose value, when an object, is a legacy provider block ({@code brave}, {@code kimi}, ...)
     * @param anyValueKeys keys that are legacy whatever their value ({@code apiKey} from 2026.8)
     * @param owners provider id → the plugin whose entry {@code openclaw doctor --fix} moves its block to; empty when the
     *     release's doctor was not found
     * @param apiKeyPlugin the plugin the doctor moves a bare {@code apiKey} to (Brave's, historically), or null
     */
    public record WebSearchLegacy(String message, List<String> providerKeys, List<String> anyValueKeys,
            Map<String, String> owners, @Nullable String apiKeyPlugin) {}

    /**
     * The web_search providers a release knows with no plugin installed.
     *
     * @param bundled provider id → plugin id of the plugins shipped inside the release (always available)
     * @param installCatalog provider id → plugin id of the official external plugins (available once installed)
     */
    public record WebSearchProviders(Map<String, String> bundled, Map<String, String> installCatalog) {
        /** The plugin that provides {@code provider}, bundled or installable; null when the release knows none. */
        public @Nullable String pluginOf(String provider) {
            String bundledPlugin = bundled.get(provider);
            return bundledPlugin != null ? bundledPlugin : installCatalog.get(provider);
        }
    }

    /**
     * What OpenClaw's doctor writes instead of a legacy key.
     *
     * @param key the canonical key
     * @param seconds whether the legacy value is in seconds and the canonical one in milliseconds
     */
    public record Replacement(String key, boolean seconds) {}

    /**
     * A legacy path of {@code LEGACY_CONFIG_RULES}.
     *
     * @param path the keys from the root
     * @param message OpenClaw's message
     * @param onlyStrings whether it applies only to a string value ({@code agent.model} as a string)
     * @param decidable false when OpenClaw decides it with code clawlint does not mirror (the rule skips it)
     */
    public record LegacyPath(List<String> path, String message, boolean onlyStrings, boolean decidable) {}

    /**
     * The hosts whose custom providers OpenClaw runs without a key, when they write {@code baseUrl}, {@code api} and
     * a non-empty {@code models} ({@code isCustomLocalProviderConfig}): its {@code isLocalBaseUrl} test.
     *
     * @param hosts host names and addresses it names (lower case, IPv6 without brackets)
     * @param suffixes name suffixes it accepts ({@code .local})
     * @param privateIpv4 whether RFC 1918 IPv4 addresses count
     * @param loopbackRange whether every loopback address counts ({@code 127.0.0.0/8}, {@code ::1}), not only the named ones
     */
    public record LocalKeyless(List<String> hosts, List<String> suffixes, boolean privateIpv4, boolean loopbackRange) {
        /** Whether OpenClaw counts this host (as {@link dev.clawlint.core.knowledge.Hosts#host} gives it) as local. */
        public boolean covers(String host) {
            if (hosts.contains(host) || suffixes.stream().anyMatch(host::endsWith)) {
                return true;
            }
            return privateIpv4 && Hosts.isRfc1918Ipv4(host) || loopbackRange && Hosts.isLoopbackAddress(host);
        }
    }

    /** Which roster checks the release makes (each by its message in OpenClaw's code). */
    public record AgentRoster(boolean emptyEntries, boolean sameIdKeys, boolean atMostOneDefault,
            boolean explicitConflictsWithDefault, boolean ownershipRequired) {}

    /**
     * The checks of the release that judges {@code target}.
     *
     * @throws IllegalStateException when the data of a supported release is missing from the jar
     */
    public static ReleaseChecks of(TargetVersion target) {
        return LOADED.computeIfAbsent(target.release(), ReleaseChecks::read);
    }

    private static ReleaseChecks read(String release) {
        String resource = FOLDER + release + "/checks.json";
        JsonNode json;
        try (InputStream in = ReleaseChecks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("checks of OpenClaw " + release + " missing from the jar: " + resource);
            }
            json = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode legacy = json.path("webSearch").path("legacy");
        WebSearchLegacy webSearchLegacy = legacy.isObject() ? new WebSearchLegacy(legacy.path("message").asString(),
                strings(legacy.path("providerKeys")), strings(legacy.path("anyValueKeys")), owners(legacy.path("owners")),
                legacy.path("apiKeyPlugin").isString() ? legacy.path("apiKeyPlugin").asString() : null) : null;
        JsonNode provider = json.path("webSearch").path("provider");
        WebSearchProviders providers = provider.isObject()
                ? new WebSearchProviders(pairs(provider.path("bundled")), pairs(provider.path("installCatalog"))) : null;
        Map<String, Replacement> mcp = new LinkedHashMap<>();
        JsonNode servers = json.path("mcpServers");
        for (String key : strings(servers.path("keys"))) {
            JsonNode r = servers.path("replacements").path(key);
            mcp.put(key, new Replacement(r.path("key").asString(""), r.path("seconds").asBoolean(false)));
        }
        JsonNode roster = json.path("agentRoster");
        AgentRoster agentRoster = roster.isObject() ? new AgentRoster(roster.path("emptyEntries").asBoolean(false),
                roster.path("sameIdKeys").asBoolean(false), roster.path("atMostOneDefault").asBoolean(false),
                roster.path("explicitConflictsWithDefault").asBoolean(false), roster.path("ownershipRequired").asBoolean(false))
                : null;
        List<LegacyPath> legacyPaths = new ArrayList<>();
        for (JsonNode rule : json.path("legacyConfigRules")) {
            String match = rule.path("match").isString() ? rule.path("match").asString() : "";
            legacyPaths.add(new LegacyPath(strings(rule.path("path")), rule.path("message").asString(), match.equals("string"),
                    match.isEmpty() || match.equals("string")));
        }
        return new ReleaseChecks(release, webSearchLegacy, providers, Map.copyOf(mcp), agentRoster, List.copyOf(legacyPaths),
                strings(json.path("webSearch").path("migratedOnLoad").path("providerKeys")), strings(json.path("bundledProviders")),
                localKeyless(json.path("localKeyless")));
    }

    private static @Nullable LocalKeyless localKeyless(JsonNode json) {
        return json.isObject() ? new LocalKeyless(strings(json.path("hosts")), strings(json.path("suffixes")),
                json.path("privateIpv4").asBoolean(false), json.path("loopbackRange").asBoolean(false)) : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return List.copyOf(out);
    }

    private static Map<String, String> owners(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return Collections.unmodifiableMap(out);
    }

    /** {@code [{"provider": "kimi", "plugin": "moonshot"}, ...]} → provider → plugin, in order (first one wins). */
    private static Map<String, String> pairs(JsonNode array) {
        Map<String, String> out = new LinkedHashMap<>();
        array.forEach(n -> out.putIfAbsent(n.path("provider").asString(), n.path("plugin").asString()));
        return Collections.unmodifiableMap(out);
    }
}
