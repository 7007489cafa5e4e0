package dev.clawlint.core.report.resolve;

import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveTree;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.resolve.Origin;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The text rendering of {@code clawlint resolve}: one line per effective value,
 * {@code path = value}, with its origin in a column (like {@code git config --list --show-origin}),
 * then the per-agent routing summary.
 */
public final class ResolveTextRenderer {
    /** Origins start at most this far right, so one long value does not push every origin off screen. */
    private static final int MAX_ORIGIN_COLUMN = 72;

    private ResolveTextRenderer() {}

    /**
     * The rendering of one file's effective config, ending with a newline: the verdict first, then who
     * answers (the routing per agent), then every value with its origin.
     */
    public static String render(String file, EffectiveConfig config, Verdict verdict, ResolveOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(verdict.sentence(file)).append('\n');

        out.append("\n# who answers: agent -> primary -> fallbacks (and heartbeat), with the server and window of each\n");
        List<String[]> lines = new ArrayList<>();
        String owner = Routing.owner(config);
        if (!owner.isEmpty()) {
            lines.add(line(owner, null));
        }
        for (Routing.Agent agent : Routing.of(config)) {
            lines.add(line("agent " + agent.title(), null));
            uses(lines, agent.uses(), options);
            for (String note : agent.notes()) {
                lines.add(line("  " + note, null));
            }
        }
        List<Routing.Use> unrouted = Routing.unrouted(config);
        if (!unrouted.isEmpty()) {
            lines.add(line("configured models no agent routes to (any agent may switch to them with /model)", null));
            uses(lines, unrouted, options);
        }
        emit(out, lines, options);

        out.append("\n# effective config for OpenClaw ").append(config.target()).append(options.showOrigin()
                ? ": path = value, and where it came from\n" : ": path = value (--show-origin says where each came from)\n");
        lines.clear();
        for (EffectiveTree.Leaf leaf : EffectiveTree.leaves(config)) {
            lines.add(line(leaf.path() + " = " + Text.json(leaf.value(), leaf.secret(), options.showSecrets()), leaf.origin()));
        }
        emit(out, lines, options);
        // a secret in a field that is not secret (a model ref written as a key) is shown by its shape alone
        return options.showSecrets() ? out.toString() : Secrets.redactText(out.toString());
    }

    private static void uses(List<String[]> lines, List<Routing.Use> uses, ResolveOptions options) {
        for (Routing.Use use : uses) {
            ModelRef ref = use.ref();
            String head = "  " + use.label() + ": " + ref.ref()
                    + (ref.written().equals(ref.ref()) ? "" : " (written \"" + ref.written() + "\")")
                    + " [" + status(ref) + "]";
            lines.add(line(head, ref.origin()));
            if (!ref.resolved()) {
                lines.add(line("    unresolved: " + ref.reason(), null));
            }
            if (!use.note().isEmpty()) {
                lines.add(line("    " + use.note(), null));
            }
            for (Routing.Field f : use.fields()) {
                String value = Text.value(f.value(), f.secret(), options.showSecrets());
                lines.add(line(String.format("    %-14s%s%s", f.name(), value, f.note().isEmpty() ? "" : " (" + f.note() + ")"),
                        f.origin()));
            }
        }
    }

    private static String status(ModelRef ref) {
        return switch (ref.status()) {
            case CONFIGURED -> "configured";
            case BUILT_IN -> "built-in provider";
            case UNRESOLVED -> "UNRESOLVED";
        };
    }

    private static String[] line(String left, @Nullable Origin origin) {
        return new String[] {left, origin == null ? "" : origin.describe()};
    }

    private static void emit(StringBuilder out, List<String[]> lines, ResolveOptions options) {
        int width = 0;
        for (String[] l : lines) {
            if (!l[1].isEmpty() && l[0].length() <= MAX_ORIGIN_COLUMN) {
                width = Math.max(width, l[0].length());
            }
        }
        for (String[] l : lines) {
            out.append(l[0]);
            if (options.showOrigin() && !l[1].isEmpty()) {
                out.append(" ".repeat(Math.max(2, width + 4 - l[0].length()))).append(l[1]);
            }
            out.append('\n');
        }
    }
}
