package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.tree.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pass loop: overlapping fixes wait for the next pass in a fixed order, and a broken fix is never kept. */
class FixerTest {
    @Test
    void overlappingFixesAreAppliedInLaterPassesInPositionOrder() {
        // brain and heartbeat both add to the end of "agents": brain comes first in the file, heartbeat waits
        String in = "{\n  \"brain\": { \"model\": \"a/b\" },\n  \"heartbeat\": { \"model\": \"c/d\" },\n  \"agents\": {}\n}\n";
        FixOutcome out = FixTesting.fix("t.json", in);
        assertThat(out.applied()).extracting(f -> f.ruleId() + "@" + f.pass())
                .containsExactly("legacy-brain@1", "legacy-heartbeat@2");
        assertThat(out.fixed()).isEqualTo("{\n  \"agents\": {\n    \"defaults\": {\n      \"model\": {\n        \"primary\": \"a/b\"\n"
                + "      },\n      \"heartbeat\": { \"model\": \"c/d\" }\n    }\n  }\n}\n");
        assertThat(FixTesting.fix("t.json", in).fixed()).as("deterministic").isEqualTo(out.fixed());
    }

    @Test
    void aFixThatWouldAlsoRewriteASilencedMemberIsLeftOutAndTheMemberKept() {
        // found by the long fuzz run: the provider's two compat flags are commented out by one fix, and the second
        // one's finding is silenced, so that fix must not run; without the comment it does
        String flags = "{ models: { providers: { \"my-local\": {\n  baseUrl: \"http://localhost:5000/v1\", api: \"openai-completions\",\n"
                + "  requiresStringContent: true,\n%s  strictMessageKeys: true\n} } } }\n";
        String silenced = flags.formatted("  // clawlint-disable-next-line provider-compat-flags -- set per model later\n");
        FixOutcome kept = FixTesting.fix("t.json5", silenced);
        assertThat(kept.fixed()).isEqualTo(silenced);
        assertThat(kept.applied()).isEmpty();
        assertThat(kept.skipped()).singleElement().asString().startsWith("not applied: provider-compat-flags")
                .contains("/models/providers/my-local/strictMessageKeys", "clawlint-disable");
        assertThat(kept.remaining()).extracting(d -> d.ruleId() + " " + d.pointer())
                .contains("provider-compat-flags /models/providers/my-local/requiresStringContent");

        FixOutcome fixed = FixTesting.fix("t.json5", flags.formatted(""));
        assertThat(fixed.applied()).extracting(f -> f.ruleId()).contains("provider-compat-flags");
        assertThat(fixed.fixed()).contains("// strictMessageKeys: true", "models: []");
    }

    @Test
    void aFixThatBreaksTheSyntaxIsRefusedAndNothingFromItsPassIsKept() {
        Rule breaker = new Rule() {
            @Override
            public RuleMeta meta() {
                return new RuleMeta("breaker", Severity.ERROR, Category.STRUCTURE, "Deletes the closing brace");
            }

            @Override
            public void check(LintTarget target, RuleContext ctx) {
                ObjectNode root = target.document().rootObject();
                if (root != null) {
                    int end = root.span().end();
                    ctx.report("", "broken", new Fix("break", List.of(new TextEdit(root.span().file(), end - 1, end, ""))));
                }
            }
        };
        List<Rule> rules = new ArrayList<>(BuiltInRules.all());
        rules.add(breaker);
        FixOutcome out = new Fixer(rules, RuleSettings.DEFAULTS, TargetVersion.LATEST, FixTesting.SCHEMA, Set.of())
                .fix("{ \"a\": 1 }".getBytes(StandardCharsets.UTF_8), Path.of("t.json"), "t.json", Environment.unknown());
        assertThat(out.refusal()).contains("breaker", "does not parse");
        assertThat(out.fixed()).isEqualTo("{ \"a\": 1 }");
    }

    @Test
    void aFixThatNeverSettlesStopsAfterTheBound() {
        Rule grower = new Rule() {
            @Override
            public RuleMeta meta() {
                return new RuleMeta("grower", Severity.ERROR, Category.STRUCTURE, "Always adds a space");
            }

            @Override
            public void check(LintTarget target, RuleContext ctx) {
                ObjectNode root = target.document().rootObject();
                if (root != null) {
                    ctx.report("", "again", new Fix("grow", List.of(new TextEdit(root.span().file(), 1, 1, " "))));
                }
            }
        };
        FixOutcome out = new Fixer(List.of(grower), RuleSettings.DEFAULTS, TargetVersion.LATEST, FixTesting.SCHEMA, Set.of())
                .fix("{}".getBytes(StandardCharsets.UTF_8), Path.of("t.json"), "t.json", Environment.unknown());
        assertThat(out.passes()).isEqualTo(Fixer.MAX_PASSES);
        assertThat(out.fixed()).isEqualTo("{" + " ".repeat(Fixer.MAX_PASSES) + "}");
    }

    @Test
    void aRuleSwitchedOffNeitherReportsNorFixes() {
        String in = "{ \"heartbeat\": { \"model\": \"c/d\" } }";
        FixOutcome out = new Fixer(BuiltInRules.all(), RuleSettings.parse(List.of("legacy-heartbeat=off")), TargetVersion.LATEST,
                FixTesting.SCHEMA, Set.of()).fix(in.getBytes(StandardCharsets.UTF_8), Path.of("t.json"), "t.json", Environment.unknown());
        assertThat(out.fixed()).isEqualTo(in);
    }
}
