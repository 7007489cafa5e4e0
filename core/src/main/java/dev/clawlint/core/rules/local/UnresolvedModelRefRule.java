package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.EditDistance;
import dev.clawlint.core.knowledge.ModelFamilies;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.ModelUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model reference OpenClaw cannot resolve to anything it will have, and a bare model id OpenClaw
 * sends to its default provider because no single configured provider offers it
 * (docs/openclaw/model-resolution.md#parsing-a-model-ref).
 */
@RuleInfo(
        id = "unresolved-model-ref",
        severity = Severity.ERROR,
        category = Category.LOCAL_MODELS,
        summary = "A model reference that matches no configured model and no built-in provider")
public final class UnresolvedModelRefRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        EffectiveConfig config = target.effective();
        List<String> known = new ArrayList<>();
        for (EffectiveProvider p : config.providers().values()) {
            for (EffectiveModel m : p.models()) {
                known.add(m.ref());
            }
        }
        for (ModelRef ref : config.references()) {
            if (ref.how() == ModelRef.Inference.DEFAULT_PROVIDER) {
                reportDefaultProvider(ctx, config, ref);
                continue;
            }
            if (ref.status() != ModelRef.Status.UNRESOLVED || ReplaceModeDropsProvidersRule.droppedByReplace(config, ref)) {
                continue;
            }
            Optional<String> meant = suggestion(ref, known);
            String hint = meant.map(s -> "Did you mean \"" + s + "\"?").orElse(known.isEmpty()
                    ? "Configure the model under models.providers, or reference one that is."
                    : "Reference one of the configured models (" + String.join(", ", known.subList(0, Math.min(4, known.size())))
                            + (known.size() > 4 ? ", ..." : "") + ").");
            String why = ref.reason().isEmpty() ? "it names no configured model" : ref.reason();
            String written = "\"" + ref.written() + "\" resolves to nothing OpenClaw will have (" + why + ")";
            if (ref.use() == ModelUse.CATALOG_ENTRY) {
                // only listed: the gateway starts and its models work; the entry fails once someone picks it
                ctx.report(Severity.WARNING, ref.pointer(), false, written + ": the gateway starts, but choosing this "
                        + "entry (/model or its alias) fails with \"Unknown model\". " + hint, null);
            } else {
                ctx.report(ref.pointer(), written + ": it fails with \"Unknown model\". " + hint);
            }
        }
    }

    /**
     * A bare id that no configured provider, or several, offer (before 2026.4: any bare id): OpenClaw reads it as
     * {@code <default provider>/<id>} ({@code openai}, {@code anthropic} before 2026.4; ReleaseModelDefaults) and logs "specified without provider" (recorded: probes/bare-ambiguous-primary.json5). It resolves, so
     * this is a warning; it is rarely what was meant when a configured server offers the id.
     */
    private static void reportDefaultProvider(RuleContext ctx, EffectiveConfig config, ModelRef ref) {
        List<String> offering = new ArrayList<>();
        for (EffectiveProvider p : config.providers().values()) {
            for (EffectiveModel m : p.models()) {
                if (m.id().equalsIgnoreCase(ref.written().trim())) {
                    offering.add(m.ref());
                }
            }
        }
        String which = offering.isEmpty() ? "no configured provider offers it"
                : offering.size() + " configured providers offer it (" + String.join(", ", offering) + ")";
        String bare = ref.written().trim();
        String hosted = ModelFamilies.hostedProvider(bare);
        String advice = !offering.isEmpty() ? "Write the one meant, e.g. \"" + offering.get(0) + "\"."
                : hosted != null && !hosted.equals(ref.providerId()) ? ModelFamilies.vendor(bare) + " models come from the "
                        + "built-in " + hosted + " provider: write \"" + hosted + "/" + bare + "\"."
                : "Write \"" + ref.ref() + "\" if " + ref.providerId() + " is meant, or \"<provider>/" + bare
                        + "\" for the server that has it.";
        ctx.report(Severity.WARNING, ref.pointer(), false, "\"" + ref.written() + "\" has no provider prefix and "
                + which + ": OpenClaw falls back to its default provider and calls \"" + ref.ref() + "\" (it logs \"specified "
                + "without provider\"; https://github.com/openclaw/openclaw/issues/67435). " + advice, null);
    }
    private static Optional<String> suggestion(ModelRef ref, List<String> known) {
        String written = ref.written();
        for (String k : known) {
            if (k.endsWith("/" + written)) {
                return Optional.of(k);
            }
        }
        return EditDistance.closest(written, known);
    }
}
