package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.knowledge.Hosts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The model catalogue an agent sees, as OpenClaw lists it offline ({@code models list}, rows made by
 * {@code toCliModelRow}; docs/openclaw/model-resolution.md#context-window-defaults): every configured
 * model row whose provider has an {@code api} and a {@code baseUrl}, with the release's default window
 * for a row that writes none; when an allowlist is in force, only the allowed rows, plus one row for
 * each allowed ref that has no configured row; what changes with the release (which agent's refs are
 * tagged, whether every provider row or only the named refs are listed, whether routed refs without a row
 * are) is in {@link ReleaseModelDefaults.Facts}.
 */
public final class ModelCatalog {
    private ModelCatalog() {}

    /** The rows the agent sees, sorted by key. */
    public static List<CatalogRow> of(EffectiveConfig config, EffectiveAgent requested) {
        ReleaseModelDefaults.Facts release = ReleaseModelDefaults.of(config.target());
        // up to 2026.7 models list tags agents.defaults.model's refs, whatever --agent says
        EffectiveAgent agent = release.listFollowsAgent() ? requested : config.defaults();
        Set<String> configured = new LinkedHashSet<>();
        for (ModelRef key : config.catalogEntries()) {
            configured.add(key.ref());
        }
        List<ModelRef> routed = new ArrayList<>(List.of(agent.primary()));
        routed.addAll(agent.fallbacks());
        routed.addAll(config.imageModels());
        // up to 2026.4 only the refs named somewhere are listed, not every configured provider row
        Set<String> named = new LinkedHashSet<>(configured);
        routed.forEach(r -> named.add(r.ref()));
        List<CatalogRow> rows = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (EffectiveProvider p : config.providers().values()) {
            if (release.providerRows() == ReleaseModelDefaults.ProviderRows.CALLABLE && (p.api() == null || p.baseUrl() == null)) {
                continue; // the model registry drops rows of a provider it cannot call
            }
            for (EffectiveModel m : p.models()) {
                List<String> input = m.input().value();
                String key = key(p.id(), m.id());
                boolean shown = switch (release.providerRows()) {
                    case NONE -> named.contains(key);
                    case WRITTEN_API -> named.contains(key) || Valued.isWritten(p.api()) || Valued.isWritten(m.api());
                    case CALLABLE -> true;
                };
                if (!input.contains("text") && !input.contains("image")
                        || release.listFiltersByAllowlist() && !allowed(agent, key) || !shown || !keys.add(key)) {
                    continue;
                }
                Valued<Double> window = m.contextWindow();
                // a bundled provider whose endpoint or adapter comes from its plugin is not in the model
                // registry: its rows get their window from discovery at run time (recorded: 2026.9.6
                // golden/fix/04-ollama-runtime-params.json, an ollama row without baseUrl: contextWindow null)
                boolean registered = Valued.isWritten(p.api()) && Valued.isWritten(p.baseUrl());
                Double cw = window != null ? window.value()
                        : registered ? Double.valueOf(ReleaseModelDefaults.contextWindow(config.target())) : null;
                Origin cwOrigin = window != null ? window.origin() : cw == null ? null
                        : new Origin.Default(config.target().toString(), ReleaseModelDefaults.contextWindowReason(config.target()));
                String name = m.name() != null ? m.name().value() : m.id();
                String url = Valued.valueOrNull(m.baseUrl());
                rows.add(new CatalogRow(key, name, String.join("+", input), cw, cwOrigin,
                        url == null ? null : isLocal(url), tags(config, agent, key, configured), m));
            }
        }
        for (Valued<String> allowed : agent.allowlist()) {
            String key = allowed.value();
            if (!key.endsWith("/*") && keys.add(key)) {
                int slash = key.indexOf('/');
                rows.add(new CatalogRow(key, slash < 0 ? key : key.substring(slash + 1), "-", null, null, null,
                        tags(config, agent, key, configured), null));
            }
        }
        boolean listRouted = switch (release.routedRefs()) {
            case ALWAYS -> true;
            case WHEN_MERGED -> config.mergesBuiltIns();
            case NEVER -> false;
        };
        if (listRouted) {
            for (ModelRef ref : routed) {
                if (keys.add(ref.ref())) {
                    rows.add(new CatalogRow(ref.ref(), ref.modelId(), "-", null, null, null,
                            tags(config, agent, ref.ref(), configured), null));
                }
            }
        }
        rows.sort(Comparator.comparing(CatalogRow::key));
        return rows;
    }

    /** {@code modelKey}: the provider is not doubled when the id already starts with it. */
    static String key(String provider, String modelId) {
        String p = BuiltInProviders.normalize(provider);
        return modelId.toLowerCase(java.util.Locale.ROOT).startsWith(p + "/") ? modelId : p + "/" + modelId;
    }

    /** Whether the agent's allowlist (empty: everything) admits a key, exactly or through {@code provider/*}. */
    public static boolean allowed(EffectiveAgent agent, String key) {
        if (agent.allowlist().isEmpty()) {
            return true;
        }
        for (Valued<String> a : agent.allowlist()) {
            String entry = a.value();
            if (entry.equals(key) || entry.endsWith("/*") && key.startsWith(entry.substring(0, entry.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tags(EffectiveConfig config, EffectiveAgent agent, String key, Set<String> configured) {
        List<String> tags = new ArrayList<>();
        if (agent.primary().ref().equals(key)) {
            tags.add("default");
        }
        for (int i = 0; i < agent.fallbacks().size(); i++) {
            if (agent.fallbacks().get(i).ref().equals(key)) {
                tags.add("fallback#" + (i + 1));
            }
        }
        int imageFallback = 0;
        for (ModelRef image : config.imageModels()) {
            if (image.use() == ModelUse.FALLBACK) {
                imageFallback++;
            }
            if (image.ref().equals(key)) {
                tags.add(image.use() == ModelUse.PRIMARY ? "image" : "img-fallback#" + imageFallback);
            }
        }
        if (configured.contains(key)) {
            tags.add("configured");
        }
        for (Map.Entry<String, String> alias : config.aliases().entrySet()) {
            if (alias.getValue().equals(key)) {
                tags.add("alias:" + alias.getKey());
            }
        }
        return tags;
    }

    /**
     * OpenClaw's {@code isLocalBaseUrl}: {@code localhost}, loopback IPv4, {@code 0.0.0.0}, {@code ::},
     * {@code ::1} and {@code .local} names; a LAN address is not local.
     */
    static boolean isLocal(@Nullable String url) {
        String host = Hosts.host(url);
        if (host == null) {
            return false;
        }
        return host.equals("localhost") || host.startsWith("127.") || host.equals("0.0.0.0") || host.equals("::")
                || host.equals("::1") || host.endsWith(".local");
    }
}
