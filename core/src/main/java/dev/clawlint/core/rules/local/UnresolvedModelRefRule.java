package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.EditDistance;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A model reference that names no configured model and no built-in provider OpenClaw will have. */
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
            if (ref.status() != ModelRef.Status.UNRESOLVED || ReplaceModeDropsProvidersRule.droppedByReplace(config, ref)) {
                continue;
            }
            Optional<String> meant = suggestion(ref, known);
            String hint = meant.map(s -> "Did you mean \"" + s + "\"?").orElse(known.isEmpty()
                    ? "Configure the model under models.providers, or reference one that is."
                    : "Reference one of the configured models (" + String.join(", ", known.subList(0, Math.min(4, known.size())))
                            + (known.size() > 4 ? ", ..." : "") + ").");
            String message;
            if (ref.written().indexOf('/') < 0 && ref.providerId() == null) {
                message = "\"" + ref.written() + "\" has no provider prefix: OpenClaw needs \"provider/model\" and requests "
                        + "for it fail (https://github.com/openclaw/openclaw/issues/67435). " + hint;
            } else {
                String why = ref.reason().isEmpty() ? "it names no configured model" : ref.reason();
                message = "\"" + ref.written() + "\" resolves to nothing OpenClaw will have (" + why + "): it fails with "
                        + "\"Unknown model\". " + hint;
            }
            ctx.report(ref.pointer(), message);
        }
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
