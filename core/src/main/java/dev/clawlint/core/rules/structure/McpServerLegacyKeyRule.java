package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.ReleaseChecks;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Retired aliases in an MCP server entry ({@code timeout}, {@code connectTimeout}, {@code ssl_verify}, ...): OpenClaw's
 * {@code McpServerSchema} rejects them with "Unrecognized key" although its exported JSON Schema allows any key there
 * ({@code additionalProperties: {}}). The keys and what replaces them are the release's data
 * ({@link ReleaseChecks#mcpServerLegacyKeys()}, from its superRefine and its doctor migration); the fix writes what
 * {@code openclaw doctor --fix} writes (seconds become milliseconds).
 */
@RuleInfo(id = "mcp-server-legacy-key", severity = Severity.ERROR, category = Category.STRUCTURE, fixable = true,
        summary = "A retired alias in an MCP server entry (timeout, connectTimeout, snake_case keys) that OpenClaw rejects")
public final class McpServerLegacyKeyRule implements Rule {
    private static final List<List<String>> SERVERS = List.of(List.of("mcp", "servers"), List.of("nodeHost", "mcp", "servers"));

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        Map<String, ReleaseChecks.Replacement> legacy = ReleaseChecks.of(target.target()).mcpServerLegacyKeys();
        if (legacy.isEmpty()) {
            return;
        }
        for (List<String> path : SERVERS) {
            ObjectNode servers = object(target.root(), path);
            if (servers == null) {
                continue;
            }
            String serversPointer = JsonPointer.of(path.toArray(String[]::new));
            for (Member server : servers.effectiveMembers()) {
                if (!(server.value() instanceof ObjectNode entry)) {
                    continue;
                }
                String serverPointer = JsonPointer.child(serversPointer, server.key());
                for (Member m : entry.effectiveMembers()) {
                    ReleaseChecks.Replacement r = legacy.get(m.key());
                    if (r != null) {
                        report(target, ctx, entry, m, JsonPointer.child(serverPointer, m.key()), String.join(".", path)
                                + "." + server.key(), r);
                    }
                }
            }
        }
    }

    private static void report(LintTarget target, RuleContext ctx, ObjectNode entry, Member m, String pointer, String where,
            ReleaseChecks.Replacement r) {
        String message = where + "." + m.key() + " is a retired alias: OpenClaw " + target.target()
                + " rejects the config (Unrecognized key: \"" + m.key() + "\").";
        Fix fix = null;
        if (r.key().isEmpty()) {
            message += " Remove it.";
        } else if (entry.has(r.key())) {
            message += " " + r.key() + " is already set: remove it.";
            fix = ctx.fix("Remove " + m.key() + " (" + r.key() + " is set)").removeMember(pointer).build();
        } else if (r.seconds()) {
            message += " Write \"" + r.key() + "\" instead, in milliseconds";
            if (m.value() instanceof NumberNode n && n.value() > 0 && Double.isFinite(n.value() * 1000)) {
                Object ms = milliseconds(n.value());
                message += " (" + ms + ")";
                fix = ctx.fix("Replace " + m.key() + " with " + r.key() + ": " + ms).replaceMember(pointer, Map.of(r.key(), ms)).build();
            }
            message += "; openclaw doctor --fix does the same.";
        } else {
            message += " Write \"" + r.key() + "\" instead; openclaw doctor --fix does the same.";
            fix = ctx.fix("Rename " + m.key() + " to " + r.key()).renameKey(pointer, r.key()).build();
        }
        ctx.reportKey(pointer, message, fix);
    }

    private static Object milliseconds(double seconds) {
        double ms = seconds * 1000;
        return ms == Math.rint(ms) && Math.abs(ms) < Long.MAX_VALUE ? (Object) (long) ms : (Object) ms;
    }

    private static @Nullable ObjectNode object(ObjectNode root, List<String> path) {
        ObjectNode current = root;
        for (String key : path) {
            current = current.object(key);
            if (current == null) {
                return null;
            }
        }
        return current;
    }
}
