package dev.clawlint.core.api;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.Environment;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a shell tells core about one resolve run.
 *
 * @param files the config files to resolve, as the user named them
 * @param target the OpenClaw release whose defaults apply
 * @param environment the environment for {@code ${VAR}} substitution
 */
public record ResolveRequest(List<Path> files, TargetVersion target, Environment environment) {
    /** Copies the file list. */
    public ResolveRequest {
        files = List.copyOf(files);
    }
}
