package dev.clawlint.core.report.resolve;

/**
 * How to render an effective config.
 *
 * @param showOrigin whether to say where each value came from
 * @param showSecrets whether to print secret values (credentials, header values, values of
 *     secret-looking environment variables) instead of {@code <redacted>}; only on explicit request
 */
public record ResolveOptions(boolean showOrigin, boolean showSecrets) {}
