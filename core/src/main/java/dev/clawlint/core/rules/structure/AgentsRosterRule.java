package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.ReleaseChecks;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roster checks of OpenClaw's {@code AgentsSchema} (2026.8 and later, on keyed {@code agents.entries}, and on a
 * legacy {@code agents.list} once OpenClaw has moved it there): two keys that are one agent id when lower-cased, more
 * than one {@code default: true} marker, and {@code agents.ownership: "explicit"} next to a marker. Which checks a
 * release makes is its data ({@link ReleaseChecks#agentRoster()}). A roster that needs {@code ownership} is
 * {@code missing-required}'s (keyed entries) or {@code agents-list}'s (a list) to report, not this rule's.
 */
@RuleInfo(id = "agents-roster", severity = Severity.ERROR, category = Category.STRUCTURE,
        summary = "An agents roster OpenClaw refuses: ids that differ only in case, several default markers, or explicit ownership with a marker")
public final class AgentsRosterRule implements Rule {
    private record Agent(String id, String pointer, boolean marked) {}

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ReleaseChecks.AgentRoster checks = ReleaseChecks.of(target.target()).agentRoster();
        ObjectNode agents = target.root().object("agents");
        if (checks == null || agents == null) {
            return;
        }
        List<Agent> roster = new ArrayList<>();
        String rosterPointer;
        boolean list = false;
        ObjectNode entries = agents.object("entries");
        if (entries != null) {
            rosterPointer = "/agents/entries";
            for (Member m : entries.effectiveMembers()) {
                roster.add(new Agent(m.key(), JsonPointer.child(rosterPointer, m.key()), marked(m.value())));
            }
        } else if (agents.get("list") instanceof ArrayNode array) {
            rosterPointer = "/agents/list";
            list = true;
            for (int i = 0; i < array.elements().size(); i++) {
                Node agent = array.elements().get(i);
                String id = agent instanceof ObjectNode o ? o.string("id") : null;
                if (id != null) {
                    roster.add(new Agent(id, JsonPointer.child(JsonPointer.child(rosterPointer, i), "id"), marked(agent)));
                }
            }
        } else {
            return;
        }
        String release = "OpenClaw " + target.target();
        if (checks.sameIdKeys()) {
            Map<String, String> first = new HashMap<>();
            for (Agent a : roster) {
                String id = a.id().trim().toLowerCase(Locale.ROOT);
                String earlier = first.putIfAbsent(id, a.id());
                if (earlier != null) {
                    String rejects = list ? release + " cannot move agents.list to keyed agents.entries and rejects the config"
                            : release + " rejects the config (\"agents.entries keys \\\"" + earlier + "\\\" and \\\"" + a.id()
                                    + "\\\" resolve to the same agent id \\\"" + id + "\\\"\")";
                    ctx.report(null, a.pointer(), !list, (list ? "Agent ids \"" : "agents.entries keys \"") + earlier + "\" and \""
                            + a.id() + "\" are one agent id, \"" + id + "\": " + rejects
                            + ". Rename one of them so each agent has a unique id.", null);
                }
            }
        }
        List<Agent> marked = roster.stream().filter(Agent::marked).toList();
        boolean explicit = "explicit".equals(agents.string("ownership"));
        // a list without ownership and not exactly one marker is agents-list's error already
        if (checks.atMostOneDefault() && marked.size() > 1 && (!list || agents.has("ownership"))) {
            ctx.reportKey(rosterPointer, marked.size() + " agents are marked \"default\": true (" + String.join(", ",
                    marked.stream().map(Agent::id).toList()) + "): " + release + " rejects the config (\"agents.entries must contain at"
                    + " most one default=true entry (found " + marked.size() + ")\"). Keep one marker, or remove them all and set"
                    + " agents.ownership to \"explicit\".");
        }
        if (checks.explicitConflictsWithDefault() && explicit && !marked.isEmpty()) {
            ctx.reportKey("/agents/ownership", "agents.ownership is \"explicit\" and " + (marked.size() == 1 ? "agent \""
                    + marked.get(0).id() + "\" is" : marked.size() + " agents are") + " marked \"default\": true: " + release
                    + " rejects the config (\"agents.ownership=explicit cannot be combined with a legacy default=true marker\")."
                    + " Remove the \"default\" marker" + (marked.size() == 1 ? "" : "s") + ", or remove agents.ownership"
                    + (marked.size() == 1 ? " (one marker alone is accepted)" : "") + ".");
        }
    }

    private static boolean marked(Node agent) {
        return agent instanceof ObjectNode o && o.get("default") instanceof BooleanNode b && b.value();
    }
}
