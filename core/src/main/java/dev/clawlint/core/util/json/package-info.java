/**
 * clawlint's own JSON tree ({@link dev.clawlint.core.util.json.JsonObject}, {@link dev.clawlint.core.util.json.JsonArray}
 * and plain Java scalars) and the one class that turns it into text ({@link dev.clawlint.core.util.json.JsonWriter}).
 * Reports, the effective-config writer and the CLI build these trees, so only the writer knows the JSON library.
 */
package dev.clawlint.core.util.json;
