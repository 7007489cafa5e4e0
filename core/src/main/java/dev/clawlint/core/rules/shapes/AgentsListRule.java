package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code agents.list[]}, replaced by keyed {@code agents.entries} in OpenClaw 2026.8 (docs/openclaw/agents.md#agentslist-and-agentsentries).
 * OpenClaw 2026.9 still migrates a simple list in memory (a warning), but a roster of several agents
 * with neither {@code agents.ownership} nor one {@code default: true} marker is rejected (an error).
 * On 2026.7 and older the list is the valid shape and nothing is reported.
 */
@RuleInfo(id = "agents-list", severity = Severity.WARNING, category = Category.GUIDE_SHAPES,
        summary = "agents.list, which OpenClaw 2026.8 replaced by keyed agents.entries", fixable = true)
public final class AgentsListRule implements Rule {
    /** OpenClaw's agent id rule (docs/openclaw/agents.md#agent-ids), case-insensitive. */
    private static final Pattern AGENT_ID = Pattern.compile("^[a-z0-9_][a-z0-9_-]{0,63}$", Pattern.CASE_INSENSITIVE);

    /** OpenClaw's default agent workspace when no environment variable moves it. */
    private static final String DEFAULT_WORKSPACE = "~/.openclaw/workspace";

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        if (!target.target().atLeast(TargetVersion.AGENTS_ENTRIES)) {
            return;
        }
        ObjectNode root = target.root();
        ObjectNode agents = root.object("agents");
        if (agents == null || !(agents.get("list") instanceof ArrayNode array)) {
            return;
        }
        int size = array.elements().size();
        long defaults = array.elements().stream().filter(AgentsListRule::isDefault).count();
        boolean rejected = size > 1 && !agents.has("ownership") && defaults != 1;
        String message;
        Severity severity;
        if (rejected) {
            severity = Severity.ERROR;
            message = "agents.list was replaced by keyed agents.entries in OpenClaw 2026.8, and a roster of " + size
                    + " agents without agents.ownership is rejected (\"multi-agent rosters require agents.ownership=\\\"explicit\\\""
                    + " or one legacy default=true marker\"). Write agents.entries.<id> and \"ownership\": \"explicit\"."
                    + firstAgentWorkspaceNote(agents, array);
        } else {
            severity = Severity.WARNING;
            message = "agents.list was replaced by keyed agents.entries in OpenClaw 2026.8; OpenClaw " + target.target()
                    + " still moves it in memory (\"Moved agents.list to keyed agents.entries.\"), but the file keeps the"
                    + " retired shape. Write agents.entries.<id> instead.";
        }
        boolean addOwnership = size > 1 && !agents.has("ownership") && defaults == 0;
        ctx.report(severity, "/agents/list", true, message, fix(ctx, agents, array, addOwnership));
    }

    /**
     * With explicit ownership, an agent without its own {@code workspace} works in {@code <defaults.workspace>/<id>}
     * (or {@code ~/.openclaw/workspace-<id>}), no longer in the folder the first agent of the list used: it starts
     * empty and "forgets everything" (https://github.com/openclaw/openclaw/issues/137850). OpenClaw's own
     * migration pins that folder on the first agent; the fix does the same.
     */
    private static String firstAgentWorkspaceNote(ObjectNode agents, ArrayNode array) {
        if (!(array.elements().get(0) instanceof ObjectNode first) || hasWorkspace(first)) {
            return "";
        }
        String id = first.string("id");
        return " Give the first agent" + (id == null ? "" : " (\"" + id + "\"") + ") \"workspace\": \""
                + firstAgentWorkspace(agents) + "\": without it, explicit ownership moves it to a new, empty workspace "
                + "folder and it forgets its memory and files (https://github.com/openclaw/openclaw/issues/137850).";
    }

    private static boolean hasWorkspace(ObjectNode agent) {
        String workspace = agent.string("workspace");
        return workspace != null && !workspace.isBlank();
    }

    /**
     * The folder the first agent of a list worked in: {@code agents.defaults.workspace}, else OpenClaw's default
     * workspace (which {@code OPENCLAW_WORKSPACE_DIR}, {@code OPENCLAW_STATE_DIR} or {@code OPENCLAW_PROFILE} move).
     */
    private static String firstAgentWorkspace(ObjectNode agents) {
        ObjectNode defaults = agents.object("defaults");
        String workspace = defaults == null ? null : defaults.string("workspace");
        return workspace == null || workspace.isBlank() ? DEFAULT_WORKSPACE : workspace;
    }

    private static boolean isDefault(Node agent) {
        return agent instanceof ObjectNode o && o.get("default") instanceof BooleanNode b && b.value();
    }

    private static @Nullable Fix fix(RuleContext ctx, ObjectNode agents, ArrayNode array, boolean addOwnership) {
        Set<String> seen = new HashSet<>();
        for (Node agent : array.elements()) {
            String id = agent instanceof ObjectNode o ? o.string("id") : null;
            if (id == null || !AGENT_ID.matcher(id).matches() || !seen.add(id.toLowerCase(Locale.ROOT))) {
                return null; // no usable key for entries: the user must name it
            }
        }
        if (agents.has("entries")) {
            return null;
        }
        FixBuilder fix = ctx.fix("Turn agents.list into agents.entries").renameKey("/agents/list", "entries");
        boolean pinWorkspace = addOwnership && array.elements().get(0) instanceof ObjectNode first && !hasWorkspace(first);
        if (pinWorkspace && array.elements().get(0) instanceof ObjectNode first && first.has("workspace")) {
            fix = fix.replaceString("/agents/list/0/workspace", firstAgentWorkspace(agents)).arrayToKeyedObject("/agents/list", "id");
        } else if (pinWorkspace) {
            fix = fix.arrayToKeyedObject("/agents/list", "id", "workspace", firstAgentWorkspace(agents));
        } else {
            fix = fix.arrayToKeyedObject("/agents/list", "id");
        }
        return (addOwnership ? fix.insertMember("/agents", "ownership", "explicit") : fix).build();
    }
}
