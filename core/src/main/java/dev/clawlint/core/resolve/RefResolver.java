package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.BuiltInProviders;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves model references against the configured providers, the built-in provider ids and the
 * aliases of {@code agents.defaults.models}, honouring {@code models.mode} (docs/openclaw/model-resolution.md).
 */
final class RefResolver {
    private final Map<String, EffectiveProvider> providers;
    private final boolean merge;
    private final Map<String, String> aliases;

    /**
     * @param providers the configured providers
     * @param merge whether built-in providers stay available
     * @param aliases alias → {@code provider/model}
     */
    RefResolver(Map<String, EffectiveProvider> providers, boolean merge, Map<String, String> aliases) {
        this.providers = providers;
        this.merge = merge;
        this.aliases = aliases;
    }

    ModelRef resolve(RefSource source, ModelUse use, String agentId) {
        String ref = source.ref().trim();
        String aliased = ref.contains("/") ? null : aliases.get(ref);
        if (aliased != null) {
            ref = aliased;
        }
        int slash = ref.indexOf('/');
        if (slash <= 0 || slash == ref.length() - 1) {
            return unresolved(source, ref, use, agentId, null,
                    "it has no provider prefix; OpenClaw reads a model reference as \"provider/model\" (or a configured alias)");
        }
        String providerId = ref.substring(0, slash);
        String modelId = ref.substring(slash + 1);
        EffectiveProvider provider = configured(providerId);
        if (provider != null) {
            EffectiveModel model = provider.model(modelId);
            if (model != null) {
                return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.CONFIGURED,
                        provider, model, "");
            }
            if (provider.builtIn() && merge) {
                return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.BUILT_IN,
                        provider, null, "");
            }
            return unresolved(source, ref, use, agentId, provider, "provider \"" + provider.id() + "\" has no model \""
                    + modelId + "\" in its models list" + (provider.builtIn()
                            ? ", and models.mode \"replace\" drops the built-in catalogue that could supply it"
                            : ", and as a custom provider it has no catalogue to fall back on"));
        }
        if (BuiltInProviders.isBuiltIn(providerId)) {
            if (merge) {
                return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.BUILT_IN,
                        null, null, "");
            }
            return unresolved(source, ref, use, agentId, null, "\"" + providerId
                    + "\" is a built-in provider, but models.mode \"replace\" drops every provider not under models.providers");
        }
        return unresolved(source, ref, use, agentId, null, "no provider \"" + providerId
                + "\": it is neither configured under models.providers nor one of OpenClaw's built-in providers");
    }

    private @Nullable EffectiveProvider configured(String providerId) {
        EffectiveProvider exact = providers.get(providerId);
        if (exact != null) {
            return exact;
        }
        String normalized = BuiltInProviders.normalize(providerId);
        for (EffectiveProvider p : providers.values()) {
            if (BuiltInProviders.normalize(p.id()).equals(normalized)) {
                return p;
            }
        }
        return null;
    }

    private static ModelRef unresolved(RefSource source, String ref, ModelUse use, String agentId,
            @Nullable EffectiveProvider provider, String reason) {
        return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.UNRESOLVED,
                provider, null, reason);
    }
}
