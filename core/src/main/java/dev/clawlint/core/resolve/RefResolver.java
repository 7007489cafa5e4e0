package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.schema.ReleaseChecks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves model references as OpenClaw does (docs/openclaw/model-resolution.md): an alias first
 * (case-insensitively), then {@code provider/model} split at the first {@code /} with the provider id
 * lower-cased, a bare id given the provider of its unique configured row (on releases that infer it) or else
 * the release's default provider ({@link ReleaseModelDefaults}), and finally the configured providers, the built-in provider ids and {@code models.mode}
 * decide whether OpenClaw will have something to call.
 */
final class RefResolver {
    private final Map<String, EffectiveProvider> providers;
    private final boolean merge;
    private final Aliases aliases;
    private final List<String> catalogKeys;
    private final TargetVersion target;

    /**
     * @param providers the configured providers
     * @param merge whether built-in providers stay available
     * @param aliases the aliases of {@code agents.defaults.models}
     * @param catalogKeys the keys of {@code agents.defaults.models}, as written (bare ids look there too)
     * @param target the release whose default provider and bare-id rule apply
     */
    RefResolver(Map<String, EffectiveProvider> providers, boolean merge, Aliases aliases, List<String> catalogKeys,
            TargetVersion target) {
        this.providers = providers;
        this.merge = merge;
        this.aliases = aliases;
        this.catalogKeys = catalogKeys;
        this.target = target;
    }

    /** The aliases this resolver honours. */
    Aliases aliases() {
        return aliases;
    }

    /** An alias's key: a reference that is not looked up as an alias again. */
    ModelRef resolveIgnoringAliases(RefSource source) {
        return new RefResolver(providers, merge, new Aliases(), catalogKeys, target).resolve(source, ModelUse.CATALOG_ENTRY,
                EffectiveAgent.DEFAULTS);
    }

    /** A primary, fallback or catalogue reference. */
    ModelRef resolve(RefSource source, ModelUse use, String agentId) {
        return resolve(source, use, agentId, null);
    }

    /**
     * A reference; a bare id takes {@code bareProvider} when given (the heartbeat takes the provider of
     * the agent's primary), else the provider of its unique configured row.
     */
    ModelRef resolve(RefSource source, ModelUse use, String agentId, @Nullable String bareProvider) {
        String ref = source.ref().trim();
        ModelRef.Inference how = ModelRef.Inference.AS_WRITTEN;
        String aliased = isConfiguredRow(ref) ? null : aliases.target(ref);
        if (aliased != null) {
            ref = aliased;
            how = ModelRef.Inference.ALIAS;
        }
        if (ref.indexOf('/') < 0 && !ref.isEmpty()) {
            if (bareProvider != null) {
                ref = bareProvider + "/" + ref;
                how = ModelRef.Inference.PRIMARY_PROVIDER;
            } else {
                String unique = ReleaseModelDefaults.of(target).infersBareProvider() ? uniqueProvider(ref) : null;
                how = unique != null ? ModelRef.Inference.UNIQUE_PROVIDER : ModelRef.Inference.DEFAULT_PROVIDER;
                ref = (unique != null ? unique : ReleaseModelDefaults.defaultProvider(target)) + "/" + ref;
            }
        }
        int slash = ref.indexOf('/');
        if (slash <= 0 || slash == ref.length() - 1) {
            return new ModelRef(source.written(), ref, source.origin(), use, agentId,
                    ModelRef.Status.UNRESOLVED, null, null,
                    "OpenClaw cannot read it as \"provider/model\" (nor as an alias)", how);
        }
        String providerId = BuiltInProviders.normalize(ref.substring(0, slash));
        String modelId = ref.substring(slash + 1).trim();
        if (modelId.startsWith(providerId + "/")) {
            // OpenClaw drops a repeated own prefix (ollama/ollama/x is ollama/x, stripSelfProviderModelPrefix)
            modelId = modelId.substring(providerId.length() + 1);
        }
        ref = providerId + "/" + modelId;
        return lookUp(source, ref, providerId, modelId, use, agentId, how);
    }

    private ModelRef lookUp(RefSource source, String ref, String providerId, String modelId, ModelUse use, String agentId,
            ModelRef.Inference how) {
        EffectiveProvider provider = configured(providerId);
        if (provider != null) {
            EffectiveModel model = provider.model(modelId);
            if (model == null) {
                // a row whose id repeats the provider ("id": "ollama/x") is keyed ollama/x (modelKey)
                model = provider.model(providerId + "/" + modelId);
            }
            if (model != null) {
                return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.CONFIGURED,
                        provider, model, "", how);
            }
            if (provider.builtIn() && merge) {
                return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.BUILT_IN,
                        provider, null, "", how);
            }
            return unresolved(source, ref, use, agentId, provider, "provider \"" + provider.id() + "\" has no model \""
                    + modelId + "\" in its models list" + (provider.builtIn()
                            ? ", and models.mode \"replace\" drops the built-in catalogue that could supply it"
                            : ", and as a custom provider it has no catalogue to fall back on"), how);
        }
        if (BuiltInProviders.isBuiltIn(providerId)
                || ReleaseChecks.of(target).bundledProviders().contains(BuiltInProviders.normalize(providerId))) {
            if (merge) {
                return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.BUILT_IN,
                        null, null, "", how);
            }
            return unresolved(source, ref, use, agentId, null, "\"" + providerId
                    + "\" is a built-in provider, but models.mode \"replace\" drops every provider not under models.providers", how);
        }
        return unresolved(source, ref, use, agentId, null, "no provider \"" + providerId
                + "\": it is neither configured under models.providers nor one of OpenClaw's built-in providers"
                + retiredBundled(providerId), how);
    }

    /**
     * When an earlier release bundled this provider and the target no longer does: which release last shipped it,
     * and what {@code openclaw doctor --fix} moves its references to where clawlint knows.
     */
    private String retiredBundled(String providerId) {
        String id = BuiltInProviders.normalize(providerId);
        @Nullable TargetVersion lastWithIt = null;
        for (TargetVersion line : TargetVersion.SUPPORTED) {
            if (line.compareTo(target) < 0 && ReleaseChecks.of(line).bundledProviders().contains(id)) {
                lastWithIt = line;
            }
        }
        if (lastWithIt == null) {
            return "";
        }
        String successor = BuiltInProviders.successorOfRetired(id);
        return " on " + target.release() + " (OpenClaw " + lastWithIt.release() + " still shipped it with a bundled plugin"
                + (successor == null ? ")" : "; later releases moved it into \"" + successor + "\": `openclaw doctor --fix`"
                        + " rewrites the references, or write \"" + successor + "/<model>\", "
                        + "https://github.com/openclaw/openclaw/pull/88217)");
    }

    /** Whether {@code provider/model} names a configured row exactly (an alias of the same name does not replace it). */
    private boolean isConfiguredRow(String ref) {
        int slash = ref.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        EffectiveProvider p = configured(ref.substring(0, slash));
        return p != null && p.model(ref.substring(slash + 1)) != null;
    }

    /**
     * The one provider whose configured rows or {@code agents.defaults.models} keys offer a bare id: an exact
     * match beats a case-insensitive one; null when none or several do ({@code inferUniqueProviderFromConfiguredModels}).
     */
    private @Nullable String uniqueProvider(String modelId) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> folded = new LinkedHashSet<>();
        for (String key : catalogKeys) {
            int slash = key.indexOf('/');
            if (slash > 0) {
                offer(BuiltInProviders.normalize(key.substring(0, slash)), key.substring(slash + 1), modelId, exact, folded);
            }
        }
        for (EffectiveProvider p : providers.values()) {
            for (EffectiveModel m : p.models()) {
                offer(BuiltInProviders.normalize(p.id()), m.id(), modelId, exact, folded);
            }
        }
        Set<String> matches = exact.isEmpty() ? folded : exact;
        return matches.size() == 1 ? matches.iterator().next() : null;
    }

    private static void offer(String provider, String candidate, String wanted, Set<String> exact, Set<String> folded) {
        if (candidate.equals(wanted)) {
            exact.add(provider);
        } else if (candidate.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
            folded.add(provider);
        }
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
            @Nullable EffectiveProvider provider, String reason, ModelRef.Inference how) {
        return new ModelRef(source.written(), ref, source.origin(), use, agentId, ModelRef.Status.UNRESOLVED,
                provider, null, reason, how);
    }
}
