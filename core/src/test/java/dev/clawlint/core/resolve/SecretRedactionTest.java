package dev.clawlint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.report.resolve.ResolveJsonRenderer;
import dev.clawlint.core.report.resolve.ResolveOptions;
import dev.clawlint.core.report.resolve.ResolveTextRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets planted in an apiKey, a header, a param and an environment variable never reach any rendering. */
class SecretRedactionTest {
    /** The verdict line says nothing secret; any verdict will do. */
    private static final dev.clawlint.core.report.resolve.Verdict VERDICT =
            new dev.clawlint.core.report.resolve.Verdict(TargetVersion.LATEST, 0, 0);

    private static final String API_KEY = "sk-live-apikey-0123456789abcdef";
    private static final String HEADER = "Bearer hdr-9f8e7d6c5b4a3210";
    private static final String PARAM = "param-secret-5566778899";
    private static final String ENV_SECRET = "env-token-a1b2c3d4e5f6";
    private static final String URL_SECRET = "urltok-77665544332211";
    private static final List<String> SECRETS = List.of(API_KEY, HEADER, PARAM, ENV_SECRET, URL_SECRET);

    private static final String CONFIG = """
            {
              models: {
                providers: {
                  cloudish: {
                    baseUrl: "https://llm.example.com/v1?token=${GATEWAY_URL_TOKEN}",
                    apiKey: "%s",
                    headers: { Authorization: "%s", "X-Team-Key": "${TEAM_API_KEY}" },
                    models: [{ id: "m", name: "m", params: { api_key: "%s", temperature: 0.2 } }],
                  },
                },
              },
              agents: { defaults: { model: "cloudish/m" } },
            }
            """.formatted(API_KEY, HEADER, PARAM);

    private static EffectiveConfig resolved() {
        return Resolving.resolve(CONFIG, TargetVersion.LATEST, Environment.of(Map.of(
                "TEAM_API_KEY", ENV_SECRET, "GATEWAY_URL_TOKEN", URL_SECRET)));
    }

    private static List<byte[]> everyRendering(EffectiveConfig c, boolean showSecrets) {
        List<byte[]> out = new ArrayList<>();
        for (boolean origin : List.of(false, true)) {
            ResolveOptions options = new ResolveOptions(origin, showSecrets);
            out.add(ResolveTextRenderer.render("openclaw.json", c, VERDICT, options).getBytes(StandardCharsets.UTF_8));
            out.add(ResolveJsonRenderer.render("openclaw.json", c, VERDICT, options).getBytes(StandardCharsets.UTF_8));
        }
        out.add(EffectiveConfigWriter.write(c, !showSecrets).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void noSecretAppearsInAnyFormat() {
        for (byte[] rendering : everyRendering(resolved(), false)) {
            String text = new String(rendering, StandardCharsets.UTF_8);
            for (String secret : SECRETS) {
                assertThat(text).doesNotContain(secret);
                // and not as any distinctive tail either (a partially masked value is still a leak)
                assertThat(text).doesNotContain(secret.substring(secret.length() - 10));
            }
            assertThat(text).contains("<redacted>");
        }
    }

    @Test
    void theOriginsOfSecretsAreStillShown() {
        String text = ResolveTextRenderer.render("openclaw.json", resolved(), VERDICT, new ResolveOptions(true, false));
        assertThat(text).containsPattern("models\\.providers\\.cloudish\\.apiKey = <redacted> +openclaw\\.json:6:\\d+");
        assertThat(text).containsPattern("headers\\.X-Team-Key = <redacted> +env:TEAM_API_KEY \\(openclaw\\.json:7:\\d+\\)");
        assertThat(text).containsPattern("baseUrl = <redacted> +env:GATEWAY_URL_TOKEN");
        assertThat(text).contains("params.temperature = 0.2");
    }

    @Test
    void theWrittenConfigKeepsEnvironmentReferencesInsteadOfTheirValues() {
        String written = EffectiveConfigWriter.write(resolved(), true);
        assertThat(written).contains("${TEAM_API_KEY}").contains("${GATEWAY_URL_TOKEN}");
        String unredacted = EffectiveConfigWriter.write(resolved(), false);
        assertThat(unredacted).contains(API_KEY).doesNotContain(ENV_SECRET).doesNotContain(URL_SECRET);
    }

    @Test
    void showSecretsPrintsThemOnlyWhenAsked() {
        for (byte[] rendering : everyRendering(resolved(), true).subList(0, 4)) {
            assertThat(new String(rendering, StandardCharsets.UTF_8)).contains(API_KEY);
        }
    }

    @Test
    void aSecretEnvironmentValueIsRedactedEvenWhereItIsWrittenLiterally() {
        EffectiveConfig c = Resolving.resolve("""
                {models: {providers: {p: {baseUrl: "http://h:1/v1", models: [{id: "m", name: "m",
                  params: {note: "%s"}}]}}}}
                """.formatted(ENV_SECRET), TargetVersion.LATEST, Environment.of(Map.of("OPENAI_API_KEY", ENV_SECRET)));
        assertThat(ResolveTextRenderer.render("x", c, VERDICT, new ResolveOptions(true, false))).doesNotContain(ENV_SECRET);
    }
}
