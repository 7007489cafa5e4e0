package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.Valued;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code models.mode: "replace"}: only the providers written in {@code models.providers} exist, so
 * references to built-in (hosted) providers break.
 */
@RuleInfo(
        id = "replace-mode-drops-providers",
        severity = Severity.ERROR,
        category = Category.LOCAL_MODELS,
        summary = "models.mode replace drops the built-in providers, and something still uses one",
        fixable = true)
public final class ReplaceModeDropsProvidersRule implements Rule {
    /** Whether a reference is broken only because replace mode dropped the built-in provider it names. */
    static boolean droppedByReplace(EffectiveConfig config, ModelRef ref) {
        String provider = ref.providerId();
        // a bare id sent to the default provider is unresolved-model-ref's: the fix is a prefix, not the mode
        return !config.mergesBuiltIns() && ref.status() == ModelRef.Status.UNRESOLVED && provider != null
                && ref.how() != ModelRef.Inference.DEFAULT_PROVIDER
                && config.provider(provider) == null && BuiltInProviders.isBuiltIn(provider);
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        EffectiveConfig config = target.effective();
        String modeAt = Valued.pointerOf(config.mode());
        if (config.mergesBuiltIns() || modeAt == null) {
            return;
        }
        @Nullable Fix fix = ctx.fix("Set \"mode\": \"merge\"").replaceString(modeAt, "merge").build();
        boolean broken = false;
        for (ModelRef ref : config.references()) {
            if (droppedByReplace(config, ref)) {
                broken = true;
                ctx.report(Severity.ERROR, ref.pointer(), false, "\"" + ref.written() + "\" uses the built-in provider \""
                        + ref.providerId() + "\", but models.mode is \"replace\", which keeps only the providers in "
                        + "models.providers: OpenClaw fails with \"Unknown model: " + ref.ref() + "\". Set \"mode\": \"merge\" "
                        + "or configure provider \"" + ref.providerId() + "\".", fix);
            }
        }
        if (!broken) {
            ctx.report(Severity.INFO, modeAt, false, "models.mode \"replace\" drops every hosted and built-in provider: only "
                    + "models.providers remain, so no cloud model can serve as a fallback. Use \"merge\" unless that is the "
                    + "intent.", fix);
        }
    }
}
