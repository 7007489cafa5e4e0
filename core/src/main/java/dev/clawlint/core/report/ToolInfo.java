package dev.clawlint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the reports say about clawlint itself: its version (from the build) and its home page. */
public final class ToolInfo {
    /** The project's home page (SARIF {@code informationUri}). */
    public static final String INFORMATION_URI = "https://github.com/clawlint/clawlint";

    private static final String VERSION = readVersion();

    private ToolInfo() {}

    /** The version of this build, e.g. {@code 0.1.0-SNAPSHOT}; {@code 0.0.0-dev} when run from unbuilt classes. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/clawlint/core/version.properties")) {
            if (in == null) {
                return "0.0.0-dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isEmpty() || v.startsWith("${") ? "0.0.0-dev" : v;
        } catch (IOException e) {
            return "0.0.0-dev";
        }
    }
}
