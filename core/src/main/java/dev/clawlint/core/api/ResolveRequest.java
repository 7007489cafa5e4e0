package dev.clawlint.core.api;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.schema.UpstreamSchema;
import java.nio.file.Path;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Everything a shell tells core about one resolve run.
 *
 * @param files the config files to resolve, as the user named them
 * @param target the OpenClaw release whose defaults apply
 * @param environment the environment for {@code ${VAR}} substitution
 * @param upstreamSchema OpenClaw's exported schema, so the verdict covers every section; null for
 *     clawlint's published schema
 */
public record ResolveRequest(List<Path> files, TargetVersion target, Environment environment,
        @Nullable UpstreamSchema upstreamSchema) {
    /** Copies the file list. */
    public ResolveRequest {
        files = List.copyOf(files);
    }

    /** A request checked against clawlint's published schema only. */
    public ResolveRequest(List<Path> files, TargetVersion target, Environment environment) {
        this(files, target, environment, null);
    }
}
