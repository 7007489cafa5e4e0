package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guide's top-level {@code heartbeat}: a legacy key that OpenClaw 2026.9 rejects
 * (docs/openclaw/agents.md#heartbeat). The fix moves it to {@code agents.defaults.heartbeat}. Visibility flags ({@code showOk}, ...)
 * are channel settings that OpenClaw 2026.9.6 does not accept under {@code channels.defaults.heartbeat}
 * either (checked with its validator), so a heartbeat holding them gets no automatic fix.
 */
@RuleInfo(id = "legacy-heartbeat", severity = Severity.ERROR, category = Category.GUIDE_SHAPES,
        summary = "A top-level heartbeat, which OpenClaw rejects; it belongs in agents.defaults.heartbeat", fixable = true)
public final class LegacyHeartbeatRule implements Rule {
    /** The keys agents.defaults.heartbeat takes in 2026.9 (docs/openclaw/agents.md#heartbeat, HeartbeatSchema), agentId included. */
    private static final Set<String> AGENT_KEYS = Set.of("every", "activeHours", "model", "session", "target",
            "directPolicy", "to", "accountId", "prompt", "timeoutSeconds", "lightContext", "isolatedSession", "agentId");
    /** Channel visibility flags (docs/openclaw/agents.md#heartbeat, the legacy note), which agents.defaults.heartbeat does not take. */
    private static final Set<String> VISIBILITY = Set.of("showOk", "showAlerts", "useIndicator");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode root = target.root();
        Member heartbeat = root.member("heartbeat");
        if (heartbeat == null) {
            return;
        }
        String message = "Top-level \"heartbeat\" is not an OpenClaw setting: OpenClaw rejects the file (<root>: Unrecognized"
                + " key: \"heartbeat\"; \"top-level heartbeat is not a valid config path; use agents.defaults.heartbeat\")."
                + " Move it to agents.defaults.heartbeat.";
        Fix fix = null;
        List<String> visibility = heartbeat.value() instanceof ObjectNode v
                ? v.members().stream().map(Member::key).filter(VISIBILITY::contains).toList() : List.of();
        if (!visibility.isEmpty()) {
            message += " Its visibility flags (" + Plain.quoted(visibility) + ") belong to the channels, not to"
                    + " agents.defaults.heartbeat: move those by hand.";
        }
        List<String> unknown = heartbeat.value() instanceof ObjectNode v ? v.members().stream().map(Member::key)
                .filter(k -> !AGENT_KEYS.contains(k) && !VISIBILITY.contains(k)).distinct().toList() : List.of();
        if (!unknown.isEmpty()) {
            message += " agents.defaults.heartbeat has no " + Plain.quoted(unknown) + " (it takes every, activeHours,"
                    + " model, target, prompt, ...): rewrite those by hand.";
        }
        if (heartbeat.value() instanceof ObjectNode value && visibility.isEmpty() && unknown.isEmpty()) {
            fix = ctx.fix("Move heartbeat to agents.defaults.heartbeat").relocateMember("/heartbeat", tree(value)).build();
        }
        ctx.reportKey("/heartbeat", message, fix);
    }

    private static Map<String, Object> tree(ObjectNode value) {
        // the whole object moves as written, comments and all
        return Plain.ordered("agents", Plain.ordered("defaults", Plain.ordered("heartbeat", FixBuilder.asWritten(value))));
    }
}
