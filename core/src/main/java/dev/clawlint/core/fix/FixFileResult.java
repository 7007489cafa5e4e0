package dev.clawlint.core.fix;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What a fix run did to one file.
 *
 * @param outcome the fixes and the findings that remain
 * @param diff a unified diff of the change, secret-looking values redacted ({@code ""} when unchanged)
 * @param written whether the file on disk was replaced
 * @param error why the file was not fixed or not written (not parseable, changed meanwhile, write
 *     failed, unknown file), or null
 */
public record FixFileResult(FixOutcome outcome, String diff, boolean written, @Nullable String error) {}
