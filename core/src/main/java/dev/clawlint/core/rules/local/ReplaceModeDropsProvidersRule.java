package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.ModelRef;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code models.mode: "replace"}: only the providers written in {@code models.providers} exist, so
 * references to built-in (hosted) providers break.
 */
public final class ReplaceModeDropsProvidersRule implements Rule {
    private static final RuleMeta META = new RuleMeta("replace-mode-drops-providers", Severity.ERROR,
            Category.LOCAL_MODELS, "models.mode replace drops the built-in providers, and something still uses one", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Whether a reference is broken only because replace mode dropped the built-in provider it names. */
    static boolean droppedByReplace(EffectiveConfig config, ModelRef ref) {
        String provider = ref.providerId();
        return !config.mergesBuiltIns() && ref.status() == ModelRef.Status.UNRESOLVED && provider != null
                && config.provider(provider) == null && BuiltInProviders.isBuiltIn(provider);
    }

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        EffectiveConfig config = target.effective();
        String modeAt = Models.writtenAt(config.mode());
        if (config.mergesBuiltIns() || modeAt == null) {
            return;
        }
        Report report = new Report(target, ctx);
        @Nullable Fix fix = report.replaceString(modeAt, "merge", "Set \"mode\": \"merge\"");
        boolean broken = false;
        for (ModelRef ref : config.references()) {
            if (droppedByReplace(config, ref)) {
                broken = true;
                report.at(Severity.ERROR, Models.at(ref), "\"" + ref.written() + "\" uses the built-in provider \""
                        + ref.providerId() + "\", but models.mode is \"replace\", which keeps only the providers in "
                        + "models.providers: OpenClaw fails with \"Unknown model: " + ref.ref() + "\". Set \"mode\": \"merge\" "
                        + "or configure provider \"" + ref.providerId() + "\".", fix);
            }
        }
        if (!broken) {
            report.at(Severity.INFO, modeAt, "models.mode \"replace\" drops every hosted and built-in provider: only "
                    + "models.providers remain, so no cloud model can serve as a fallback. Use \"merge\" unless that is the "
                    + "intent.", fix);
        }
    }
}
