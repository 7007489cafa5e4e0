package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.ReleaseChecks;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;

/**
 * A legacy path that makes the release refuse the file before it validates anything: OpenClaw 2026.2's
 * {@code LEGACY_CONFIG_RULES} ("routing.queue was moved; use messages.queue instead (auto-migrated on load)."; the
 * validator returns these issues instead of the schema's). The paths and messages are the release's data
 * ({@link ReleaseChecks#legacyConfigRules()}); a release without such a list gets no finding. Where the path is a
 * top-level key the release's schema also rejects, {@code unknown-key} says so at the same key, and this rule stays
 * silent there.
 */
@RuleInfo(id = "legacy-config-path", severity = Severity.ERROR, category = Category.STRUCTURE,
        summary = "A legacy config path (routing.queue, agent.model as a string, ...) that makes OpenClaw 2026.2 refuse the file")
public final class LegacyConfigPathRule implements Rule {
    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (ReleaseChecks.LegacyPath rule : ReleaseChecks.of(target.target()).legacyConfigRules()) {
            if (!rule.decidable() || rule.path().size() < 2) {
                continue; // a top-level legacy key: unknown-key reports it at the same place
            }
            Node node = target.root();
            for (String key : rule.path()) {
                node = node instanceof ObjectNode o ? o.get(key) : null;
            }
            if (node == null || rule.onlyStrings() && !(node instanceof StringNode)) {
                continue;
            }
            String pointer = JsonPointer.of(rule.path().toArray(String[]::new));
            ctx.reportKey(pointer, String.join(".", rule.path()) + " is a legacy setting: OpenClaw " + target.target()
                    + " refuses the file until it is migrated (\"" + rule.message() + "\"). Run openclaw doctor --fix, or write it"
                    + " where the message says.");
        }
    }
}
