package dev.clawlint.cli;

import dev.clawlint.core.knowledge.TargetVersion;
import picocli.CommandLine;

/** {@code clawlint --version}: clawlint's version and the newest OpenClaw release it targets. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Package p = VersionProvider.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return new String[] {
            "clawlint " + (v == null ? "(development build)" : v),
            "default target: OpenClaw " + TargetVersion.LATEST
        };
    }
}
