package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.fix.FixFileResult;
import dev.clawlint.core.fix.FixRequest;
import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.Reporters;
import dev.clawlint.core.report.resolve.ResolveJsonRenderer;
import dev.clawlint.core.report.resolve.ResolveOptions;
import dev.clawlint.core.report.resolve.ResolveTextRenderer;
import dev.clawlint.core.resolve.EffectiveConfigWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One planted secret of every kind the detector knows; no output of check, fix or resolve shows any
 * of them: what one part of clawlint recognises as a secret, every part hides.
 */
class SecretsNeverShownTest {
    private static final List<String> PREFIXES = List.of("sk-", "sk-ant-", "sk-or-", "gsk_", "xai-", "AIza", "ghp_",
            "github_pat_", "hf_", "pplx-", "nvapi-", "r8_");
    private static final String BEARER = "PlantedBearer7Token9Q";
    private static final String URL_PASSWORD = "PlantedUrlPw42";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.UGxhbnRlZFNpZ25hdHVyZQ";
    private static final String ENV_VALUE = "PlantedEnvValue5511";
    private static final String SUBSTITUTED = "PlantedSubstituted8833";

    @TempDir
    Path dir;

    private final List<String> planted = new ArrayList<>(List.of(BEARER, URL_PASSWORD, JWT, ENV_VALUE, SUBSTITUTED));

    private Path config() throws Exception {
        StringBuilder providers = new StringBuilder();
        for (int i = 0; i < PREFIXES.size(); i++) {
            String key = PREFIXES.get(i) + "Planted" + i + "x0123456789abcdef";
            planted.add(key);
            providers.append("      p").append(i).append(": {\n")
                    .append("        baseUrl: \"https://llm").append(i).append(".example.com/v1\",\n")
                    .append("        api: \"openai-completions\",\n")
                    .append("        apiKey: \"").append(key).append("\",\n")
                    .append("        models: [{ id: \"m").append(i).append("\", name: \"m\" }],\n")
                    .append("      },\n");
        }
        String text = "{\n"
                + "  env: { vars: { GATEWAY_AUTH: \"" + ENV_VALUE + "\" } },\n"
                + "  models: {\n"
                + "    providers: {\n"
                + providers
                + "      headered: {\n"
                + "        baseUrl: \"https://headered.example.com/v1\",\n"
                + "        api: \"openai-completions\",\n"
                + "        apiKey: \"${MY_TOKEN}\",\n"
                + "        headers: { Authorization: \"Bearer " + BEARER + "\" },\n"
                + "        models: [{ id: \"h\", name: \"h\", params: { session: \"" + JWT + "\" } }],\n"
                + "      },\n"
                + "      userinfo: {\n"
                + "        baseUrl: \"http://admin:" + URL_PASSWORD + "@10.0.0.5:11434\",\n"
                + "        api: \"ollama\",\n"
                + "        models: [{ id: \"qwen3:8b\", name: \"q\" }],\n"
                + "      },\n"
                + "    },\n"
                + "  },\n"
                + "  agents: { defaults: { model: { primary: \"userinfo/qwen3:8b\" } } },\n"
                + "}\n";
        Path file = dir.resolve("openclaw.json");
        Files.writeString(file, text);
        return file;
    }

    private static final Environment ENV = Environment.of(Map.of("MY_TOKEN", SUBSTITUTED));

    private void assertHidden(String what, String output) {
        for (String secret : planted) {
            assertThat(output).as(what + " must not show " + secret).doesNotContain(secret);
        }
    }

    @Test
    void checkReportsHideEverySecret() throws Exception {
        Path file = config();
        CheckResult result = new Clawlint().check(new CheckRequest(List.of(file), TargetVersion.LATEST, ENV,
                RuleSettings.DEFAULTS, Severity.ERROR));
        assertThat(result.diagnostics()).isNotEmpty();
        for (String format : Reporters.NAMES) {
            assertHidden("check --format " + format, Reporters.byName(format, true).render(result));
        }
    }

    @Test
    void fixDiffsHideEverySecret() throws Exception {
        Path file = config();
        for (FixFileResult r : new Clawlint().fix(new FixRequest(List.of(file), TargetVersion.LATEST, ENV,
                RuleSettings.DEFAULTS, Set.of(), true))) {
            assertHidden("fix --dry-run", r.diff());
        }
        // a diff redacts every line it shows, so no line of the file may keep a secret
        for (String line : Files.readAllLines(file)) {
            assertHidden("a diff line", Secrets.redactLine(line));
        }
    }

    @Test
    void resolveRenderingsHideEverySecret() throws Exception {
        Path file = config();
        for (ResolvedFile r : new Clawlint().resolve(new ResolveRequest(List.of(file), TargetVersion.LATEST, ENV))) {
            var effective = r.effective();
            assertThat(effective).isNotNull();
            for (boolean origins : new boolean[] {false, true}) {
                ResolveOptions options = new ResolveOptions(origins, false);
                assertHidden("resolve text", ResolveTextRenderer.render(r.file(), effective, r.verdict(), options));
                assertHidden("resolve json", ResolveJsonRenderer.render(r.file(), effective, r.verdict(), options));
            }
            assertHidden("resolve --format config", EffectiveConfigWriter.write(effective, true));
        }
    }
}
