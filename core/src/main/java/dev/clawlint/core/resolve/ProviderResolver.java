package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Apis;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.Backends;
import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves one {@code models.providers.<id>} entry: the guide's {@code type}/{@code host} and
 * object-map {@code models} mapped to {@code api}/{@code baseUrl} and a model array, provider-level
 * compat flags moved into each model, and the defaults of the bundled plugins and of the target.
 */
final class ProviderResolver {
    /** Provider-level keys the guide writes that OpenClaw wants on each model, under {@code compat}. */
    private static final List<String> PROVIDER_COMPAT_FLAGS = List.of("requiresStringContent", "strictMessageKeys");

    private final Document doc;
    private final TargetVersion target;
    private final Values values;

    ProviderResolver(Document doc, TargetVersion target, Values values) {
        this.doc = doc;
        this.target = target;
        this.values = values;
    }

    EffectiveProvider resolve(String id, ObjectNode p) {
        String pointer = doc.pointerOf(p);
        boolean builtIn = BuiltInProviders.isBuiltIn(id);

        Valued<String> baseUrl = values.string(p, "baseUrl");
        if (baseUrl == null) {
            Valued<String> host = values.string(p, "host");
            baseUrl = host == null ? null : host.withOrigin(Origins.migrated(doc, node(p, "host")));
        }
        baseUrl = orDefaultBaseUrl(id, baseUrl);

        Valued<String> api = values.string(p, "api");
        if (api == null && p.get("type") instanceof StringNode type) {
            api = Valued.of(Backends.apiForType(type.value()), Origins.migrated(doc, type));
        }
        api = orDefaultApi(id, api, baseUrl);

        Valued<String> apiKey = values.secretInput(p.get("apiKey"));
        Map<String, Valued<String>> headers = new LinkedHashMap<>();
        if (p.get("headers") instanceof ObjectNode h) {
            for (Member m : h.effectiveMembers()) {
                Valued<String> v = values.secretInput(m.value());
                if (v != null) {
                    headers.put(m.key(), v);
                }
            }
        }
        Valued<Double> maxTokens = values.number(p, "maxTokens");
        Backend backend = Backends.detect(id, baseUrl == null ? null : baseUrl.value(), api == null ? null : api.value());
        boolean local = backend.isSelfHosted() || Hosts.classify(baseUrl == null ? null : baseUrl.value()).isLocal();

        ModelDefaults defaults = new ModelDefaults(
                id, api, baseUrl, maxTokens,
                // provider-level windows (2026.4-2026.7) are baked into each model row by 2026.8+
                values.migratedNumber(p, "contextWindow"),
                values.migratedNumber(p, "contextTokens"),
                providerCompat(p));
        List<EffectiveModel> models = new ArrayList<>();
        ModelResolver modelResolver = new ModelResolver(doc, target, values);
        Node modelsNode = p.get("models");
        if (modelsNode instanceof ArrayNode array) {
            for (Node row : array.elements()) {
                if (row instanceof ObjectNode o && o.get("id") instanceof StringNode idNode) {
                    models.add(modelResolver.resolve(defaults, idNode.value(), o, null));
                }
            }
        } else if (modelsNode instanceof ObjectNode map) {
            // the guide's object map: the key is the id, and the fix copies it into name
            for (Member m : map.effectiveMembers()) {
                if (m.value() instanceof ObjectNode o) {
                    String rowPointer = JsonPointer.child(pointer + "/models", m.key());
                    Origin fromKey = new Origin.Migrated(Origins.path(doc, pointer + "/models") + "." + m.key(), rowPointer, m.keySpan());
                    models.add(modelResolver.resolve(defaults, m.key(), o, fromKey));
                }
            }
        }
        Valued<Double> timeout = values.number(p, "timeoutSeconds");
        return new EffectiveProvider(id, pointer, builtIn, backend, local, baseUrl, api, apiKey, timeout, maxTokens, headers, models);
    }

    /**
     * The provider the guide's {@code brain.local} stands for: {@code endpoint} becomes
     * {@code baseUrl}, {@code type} becomes {@code api}, and {@code model} its one model row.
     */
    EffectiveProvider resolveBrainLocal(String id, ObjectNode local) {
        Valued<String> baseUrl = null;
        if (local.get("endpoint") instanceof StringNode endpoint) {
            baseUrl = new Valued<>(endpoint.value(), Origins.migrated(doc, endpoint), values.isSecret(endpoint));
        }
        baseUrl = orDefaultBaseUrl(id, baseUrl);
        Valued<String> api = null;
        String localApi = BrainMapping.localApi(local);
        if (localApi != null) {
            // the type names the adapter, or the endpoint's port names the server that needs it
            Node from = local.get("type");
            if (from == null) {
                from = local.get("endpoint");
            }
            api = Valued.of(localApi, Origins.migrated(doc, from == null ? local : from));
        }
        api = orDefaultApi(id, api, baseUrl);
        ModelDefaults defaults = new ModelDefaults(id, api, baseUrl, null, null, null, Map.of());
        List<EffectiveModel> models = new ArrayList<>();
        if (local.get("model") instanceof StringNode model) {
            models.add(new ModelResolver(doc, target, values).resolve(defaults, model.value(), local,
                    Origins.migrated(doc, model)));
        }
        Backend backend = Backends.detect(id, baseUrl == null ? null : baseUrl.value(), api == null ? null : api.value());
        boolean isLocal = backend.isSelfHosted() || Hosts.classify(baseUrl == null ? null : baseUrl.value()).isLocal();
        return new EffectiveProvider(id, doc.pointerOf(local), BuiltInProviders.isBuiltIn(id), backend, isLocal,
                baseUrl, api, null, null, null, Map.of(), models);
    }

    private @Nullable Valued<String> orDefaultBaseUrl(String id, @Nullable Valued<String> baseUrl) {
        String url = BuiltInProviders.defaultBaseUrl(id);
        if (baseUrl == null && url != null) {
            return Valued.of(url, new Origin.BuiltIn(BuiltInProviders.normalize(id) + " plugin default"));
        }
        return baseUrl;
    }

    private @Nullable Valued<String> orDefaultApi(String id, @Nullable Valued<String> api, @Nullable Valued<String> baseUrl) {
        if (api != null) {
            return api;
        }
        String builtInApi = BuiltInProviders.defaultApi(id);
        if (builtInApi != null) {
            return Valued.of(builtInApi, new Origin.BuiltIn(BuiltInProviders.normalize(id) + " plugin default"));
        }
        if (!BuiltInProviders.isBuiltIn(id) && baseUrl != null && target.atLeast(TargetVersion.DEFAULT_API_FOR_CUSTOM_PROVIDERS)) {
            return Valued.of(Apis.CUSTOM_DEFAULT, new Origin.Default(target.toString(),
                    Apis.CUSTOM_DEFAULT + ": a custom provider with a baseUrl and no api uses it"));
        }
        return null;
    }

    private Map<String, Valued<Node>> providerCompat(ObjectNode p) {
        Map<String, Valued<Node>> compat = new LinkedHashMap<>();
        for (String flag : PROVIDER_COMPAT_FLAGS) {
            Node n = p.get(flag);
            if (n != null) {
                compat.put(flag, Valued.of(n, Origins.migrated(doc, n)));
            }
        }
        return compat;
    }

    private static Node node(ObjectNode o, String key) {
        Node n = o.get(key);
        if (n == null) {
            throw new IllegalStateException("checked above: " + key);
        }
        return n;
    }

    /** What a provider hands down to its model rows. */
    record ModelDefaults(
            String providerId,
            @Nullable Valued<String> api,
            @Nullable Valued<String> baseUrl,
            @Nullable Valued<Double> maxTokens,
            @Nullable Valued<Double> contextWindow,
            @Nullable Valued<Double> contextTokens,
            Map<String, Valued<Node>> compat) {}
}
