package dev.clawlint.core.schema;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One complaint of the JSON Schema validator, reduced to what the structural rules need.
 *
 * @param pointer the instance the keyword failed on
 * @param keyword the failing keyword ({@code additionalProperties}, {@code type}, {@code enum}, ...)
 * @param property for keywords about a member ({@code additionalProperties}, {@code required}), its name
 * @param message the validator's own message (for keywords clawlint has no wording of its own for)
 * @param schemaPath where in the schema the keyword sits (JSON Pointer into the schema)
 * @param expected what the keyword asked for: the allowed types, enum values, the limit, ...
 */
public record SchemaViolation(
        String pointer,
        String keyword,
        @Nullable String property,
        String message,
        String schemaPath,
        List<String> expected) {
    /** Copies the list. */
    public SchemaViolation {
        expected = List.copyOf(expected);
    }
}
