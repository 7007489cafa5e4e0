package dev.clawlint.core.lint;

import dev.clawlint.core.load.ReadingRules;
import dev.clawlint.core.rules.reading.DuplicateKeyRule;
import dev.clawlint.core.rules.reading.MissingEnvVarRule;
import dev.clawlint.core.rules.shapes.AgentsListRule;
import dev.clawlint.core.rules.shapes.FallbackSingularRule;
import dev.clawlint.core.rules.shapes.LegacyBrainRule;
import dev.clawlint.core.rules.shapes.LegacyHeartbeatRule;
import dev.clawlint.core.rules.shapes.ModelsObjectMapRule;
import dev.clawlint.core.rules.shapes.ProviderCompatFlagsRule;
import dev.clawlint.core.rules.shapes.ProviderTypeHostRule;
import dev.clawlint.core.rules.shapes.ToolChoicePlacementRule;
import dev.clawlint.core.rules.structure.InvalidTypeRule;
import dev.clawlint.core.rules.structure.InvalidValueRule;
import dev.clawlint.core.rules.structure.MissingRequiredRule;
import dev.clawlint.core.rules.structure.UnknownKeyRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The explicit list of every rule clawlint ships. Adding a rule means adding it here. */
public final class BuiltInRules {
    private BuiltInRules() {}

    /** Every rule that checks a loaded document, in catalogue order. */
    public static List<Rule> all() {
        return List.of(
                // reading
                new DuplicateKeyRule(),
                new MissingEnvVarRule(),
                // structure
                new UnknownKeyRule(),
                new InvalidTypeRule(),
                new InvalidValueRule(),
                new MissingRequiredRule(),
                // the guide's shapes
                new LegacyBrainRule(),
                new LegacyHeartbeatRule(),
                new ModelsObjectMapRule(),
                new ProviderTypeHostRule(),
                new AgentsListRule(),
                new ProviderCompatFlagsRule(),
                new ToolChoicePlacementRule(),
                new FallbackSingularRule());
    }

    /** The metadata of every rule, those the loader emits included, sorted by id. */
    public static List<RuleMeta> catalogue() {
        List<RuleMeta> metas = new ArrayList<>(ReadingRules.all());
        for (Rule r : all()) {
            metas.add(r.meta());
        }
        metas.sort(Comparator.comparing(RuleMeta::id));
        return metas;
    }

    /** The metadata of one rule. */
    public static Optional<RuleMeta> find(String id) {
        return catalogue().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
