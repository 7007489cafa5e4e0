package dev.clawlint.cli;

import dev.clawlint.core.knowledge.TargetVersion;
import picocli.CommandLine;

/** {@code clawlint --version}: clawlint's version and the OpenClaw releases it judges configs for. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Package p = VersionProvider.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return new String[] {
            "clawlint " + (v == null ? "(development build)" : v),
            "OpenClaw releases: " + TargetVersion.supportedList(),
            "default target: the release that wrote the file (meta.lastTouchedVersion), else OpenClaw " + TargetVersion.LATEST
        };
    }
}
