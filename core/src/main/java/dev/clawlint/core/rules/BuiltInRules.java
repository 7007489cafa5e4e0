package dev.clawlint.core.rules;

import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.knowledge.EditDistance;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.SuppressionRules;
import dev.clawlint.core.load.ReadingRules;
import dev.clawlint.core.rules.local.*;
import dev.clawlint.core.rules.reading.DuplicateKeyRule;
import dev.clawlint.core.rules.reading.LiteralEnvReferenceRule;
import dev.clawlint.core.rules.reading.MissingEnvVarRule;
import dev.clawlint.core.rules.shapes.AgentsListRule;
import dev.clawlint.core.rules.shapes.FallbackSingularRule;
import dev.clawlint.core.rules.shapes.LegacyBrainRule;
import dev.clawlint.core.rules.shapes.LegacyHeartbeatRule;
import dev.clawlint.core.rules.shapes.ModelsObjectMapRule;
import dev.clawlint.core.rules.shapes.ProviderCompatFlagsRule;
import dev.clawlint.core.rules.shapes.ProviderTypeHostRule;
import dev.clawlint.core.rules.shapes.ToolChoicePlacementRule;
import dev.clawlint.core.rules.structure.AgentsRosterRule;
import dev.clawlint.core.rules.structure.InvalidTypeRule;
import dev.clawlint.core.rules.structure.InvalidValueRule;
import dev.clawlint.core.rules.structure.LegacyConfigPathRule;
import dev.clawlint.core.rules.structure.McpServerLegacyKeyRule;
import dev.clawlint.core.rules.structure.MissingRequiredRule;
import dev.clawlint.core.rules.structure.UnknownKeyRule;
import dev.clawlint.core.rules.structure.WebSearchLegacyConfigRule;
import dev.clawlint.core.rules.structure.WebSearchProviderRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The explicit list of every rule clawlint ships. Adding a rule means adding it here. */
public final class BuiltInRules {
    private BuiltInRules() {}

    /** Every rule that checks a loaded document, in catalogue order. */
    public static List<Rule> all() {
        return List.of(
                // reading
                new DuplicateKeyRule(),
                new MissingEnvVarRule(),
                new LiteralEnvReferenceRule(),
                // structure
                new UnknownKeyRule(),
                new InvalidTypeRule(),
                new InvalidValueRule(),
                new MissingRequiredRule(),
                new WebSearchLegacyConfigRule(),
                new WebSearchProviderRule(),
                new McpServerLegacyKeyRule(),
                new AgentsRosterRule(),
                new LegacyConfigPathRule(),
                // the guide's shapes
                new LegacyBrainRule(),
                new LegacyHeartbeatRule(),
                new ModelsObjectMapRule(),
                new ProviderTypeHostRule(),
                new AgentsListRule(),
                new ProviderCompatFlagsRule(),
                new ToolChoicePlacementRule(),
                new FallbackSingularRule(),
                // local models
                new MissingApiRule(),
                new OllamaOpenaiEndpointRule(),
                new ContextWindowMismatchRule(),
                new ReplaceModeDropsProvidersRule(),
                new SmallModelToolUseRule(),
                new UnresolvedModelRefRule(),
                new ModelNotAllowedRule(),
                new FallbackChainRule(),
                new AgentModelDropsFallbacksRule(),
                new FallbackContextShrinkRule(),
                new MaxTokensExceedsContextRule(),
                new ContextTokensExceedsWindowRule(),
                new ContextWindowTooSmallRule(),
                new ImplicitContextWindowRule(),
                new LocalTimeoutRule(),
                new KeepAliveRule(),
                new LocalApiKeyRule(),
                new PlaintextSecretRule(),
                new InsecureEndpointRule(),
                new BackendPortMismatchRule(),
                new OpenaiPathMissingV1Rule(),
                new EndpointPathSuffixRule(),
                new ReasoningFlagRule(),
                new VisionInputRule(),
                new HeartbeatModelSizeRule(),
                new HardwareFitRule(),
                new DuplicateModelIdRule(),
                new ModelIdProviderPrefixRule(),
                new OllamaParamNameRule(),
                // from real users' failures
                new ResponsesApiLocalBackendRule(),
                new ModelWithoutToolsRule(),
                new DeveloperRoleUnsupportedRule(),
                new GatewayExposureRule(),
                new MissingKeyDropsOverridesRule());
    }

    /** The metadata of every rule, those the loader emits included, sorted by id. */
    public static List<RuleMeta> catalogue() {
        List<RuleMeta> metas = new ArrayList<>(ReadingRules.all());
        metas.addAll(SuppressionRules.all());
        for (Rule r : all()) {
            metas.add(r.meta());
        }
        metas.sort(Comparator.comparing(RuleMeta::id));
        return metas;
    }

    /**
     * Checks that every id names a rule of the catalogue.
     *
     * @param ids rule ids as a user wrote them ({@code --rule}, Maven {@code <rules>})
     * @throws IllegalArgumentException for the first unknown id, naming the closest known ids
     */
    public static void requireKnown(Collection<String> ids) {
        List<String> known = catalogue().stream().map(RuleMeta::id).toList();
        for (String id : ids.stream().sorted().toList()) {
            if (!known.contains(id)) {
                String nearest = known.stream()
                        .sorted(Comparator.comparingInt((String k) -> EditDistance.between(id, k)).thenComparing(k -> k))
                        .limit(3).collect(Collectors.joining(", "));
                throw new IllegalArgumentException("unknown rule id '" + id + "' (closest: " + nearest
                        + "); `clawlint rules` lists every rule");
            }
        }
    }

    /** The options one rule declares ({@link Rule#options()}); none for an id of no rule or of a loader finding. */
    public static List<dev.clawlint.core.lint.RuleOption<?>> options(String id) {
        return OPTIONS.getOrDefault(id, List.of());
    }

    /** Each rule's options by id, read once: the settings reader and its schema ask for every rule id. */
    private static final java.util.Map<String, List<dev.clawlint.core.lint.RuleOption<?>>> OPTIONS = optionsById();

    private static java.util.Map<String, List<dev.clawlint.core.lint.RuleOption<?>>> optionsById() {
        java.util.Map<String, List<dev.clawlint.core.lint.RuleOption<?>>> out = new java.util.HashMap<>();
        for (Rule r : all()) {
            if (!r.options().isEmpty()) {
                out.put(r.meta().id(), List.copyOf(r.options()));
            }
        }
        return java.util.Map.copyOf(out);
    }

    /** The metadata of one rule. */
    public static Optional<RuleMeta> find(String id) {
        return catalogue().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
