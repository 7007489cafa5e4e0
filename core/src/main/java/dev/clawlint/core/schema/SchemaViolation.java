package dev.clawlint.core.schema;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One complaint of the JSON Schema validator, reduced to what the structural rules need.
 *
 * @param pointer the instance the keyword failed on
 * @param keyword the failing keyword ({@code additionalProperties}, {@code type}, {@code enum}, ...)
 * @param property for keywords about a member ({@code additionalProperties}, {@code required},
 *     {@code propertyNames}), its name
 * @param message the validator's own message (for keywords clawlint has no wording of its own for)
 * @param schemaPath where in the schema the keyword sits (JSON Pointer into the schema document)
 * @param evaluationPath how validation reached the keyword (through {@code $ref}s and combinator branches)
 * @param expected what the keyword asked for: the allowed types, the enum values, the limit, ...
 * @param found for {@code type}: the JSON type found; otherwise null
 * @param schema the schema document the keyword belongs to (the published one, or the user's upstream one)
 */
public record SchemaViolation(
        String pointer,
        String keyword,
        @Nullable String property,
        String message,
        String schemaPath,
        String evaluationPath,
        List<String> expected,
        @Nullable String found,
        SchemaDocument schema) {
    /** Copies the list. */
    public SchemaViolation {
        expected = List.copyOf(expected);
    }

    /** The same violation with another keyword, place and expectation (used when collapsing branches). */
    SchemaViolation rewritten(String newKeyword, String newPointer, String newEvaluationPath, List<String> newExpected) {
        return new SchemaViolation(newPointer, newKeyword, property, message, schemaPath, newEvaluationPath, newExpected,
                found, schema);
    }

    /** Whether the user's upstream schema (not clawlint's, nor a bundled release's) reported this. */
    public boolean upstream() {
        return schema.upstream();
    }

    /** Whether one of OpenClaw's own schemas (a bundled release's or the user's), not clawlint's curated one, reported this. */
    public boolean openClawSchema() {
        return schema.voice() != null;
    }
}
