package dev.clawlint.core.finding;

import java.util.List;

/**
 * An automatic repair for one finding: text edits applied together, or not at all.
 *
 * @param description what the fix does, in the imperative ("Move brain to agents.defaults.model")
 * @param edits the edits; they must not overlap one another
 */
public record Fix(String description, List<TextEdit> edits) {
    /** Copies the edits and checks that they do not overlap. */
    public Fix {
        edits = List.copyOf(edits);
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                if (edits.get(i).overlaps(edits.get(j))) {
                    throw new IllegalArgumentException("overlapping edits in one fix: " + description);
                }
            }
        }
    }
}
