package dev.clawlint.core.fix;

import dev.clawlint.core.source.Position;

/**
 * One fix that was applied.
 *
 * @param ruleId the rule whose finding it repaired
 * @param description what it did
 * @param position where the finding was, in the text of that pass
 * @param pointer the JSON Pointer of the finding, in the document of that pass: what the fix was asked to change
 * @param pass the pass (1-based) it was applied in
 */
public record AppliedFix(String ruleId, String description, Position position, String pointer, int pass) {}
