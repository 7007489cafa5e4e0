package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {
    @ParameterizedTest
    @ValueSource(strings = {"sk-abcdefghij123456", "sk-ant-abcdefghij123456", "sk-or-abcdefghij123456",
        "gsk_abcdefghij123456", "xai-abcdefghij123456", "AIzaabcdefghij123456", "ghp_abcdefghij123456",
        "github_pat_abcdefghij123456", "hf_abcdefghij123456", "pplx-abcdefghij123456", "nvapi-abcdefghij123456",
        "r8_abcdefghij123456", "Bearer abcdefghij123456", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl",
        "http://admin:hunter2pw@10.0.0.5:11434"})
    void valueShapesAreSecretsAndHiddenInLines(String value) {
        assertThat(Secrets.hasSecretShape(value)).isTrue();
        String line = "    \"note\": \"" + value + "\",";
        String masked = Secrets.maskLine(line);
        assertThat(masked).hasSameSizeAs(line).doesNotContain("abcdefghij123456").doesNotContain("hunter2pw")
                .doesNotContain("c2lnbmF0dXJl");
        assertThat(Secrets.redactLine(line)).contains(Secrets.REDACTED).doesNotContain("abcdefghij123456")
                .doesNotContain("hunter2pw");
    }

    @Test
    void ordinaryValuesAreNotSecrets() {
        assertThat(Secrets.hasSecretShape("ollama/qwen3:8b")).isFalse();
        assertThat(Secrets.hasSecretShape("http://localhost:11434/v1")).isFalse();
        assertThat(Secrets.hasSecretShape("task-abcdefghij123456")).isFalse();
        assertThat(Secrets.maskLine("    \"model\": \"ollama/qwen3:8b\"")).isEqualTo("    \"model\": \"ollama/qwen3:8b\"");
    }

    @Test
    void keyNamesAndEnvironmentNames() {
        assertThat(Secrets.isSecretKey("apiKey")).isTrue();
        assertThat(Secrets.isSecretKey("Authorization")).isTrue();
        assertThat(Secrets.isSecretKey("password")).isTrue();
        assertThat(Secrets.isSecretKey("token")).isTrue();
        assertThat(Secrets.isSecretKey("maxTokens")).isFalse();
        assertThat(Secrets.isSecretVariable("GATEWAY_AUTH")).isTrue();
        assertThat(Secrets.isSecretVariable("HOME")).isFalse();
        assertThat(Secrets.maskLine("  GATEWAY_AUTH: \"plain\",")).isEqualTo("  GATEWAY_AUTH: \"*****\",");
        assertThat(Secrets.maskLine("  \"apiKey\": \"abc123\"")).isEqualTo("  \"apiKey\": \"******\"");
    }

    @Test
    void environmentReferencesAndMarkersStay() {
        assertThat(Secrets.redactLine("    \"apiKey\": \"${OPENAI_API_KEY}\"")).isEqualTo("    \"apiKey\": \"${OPENAI_API_KEY}\"");
        assertThat(Secrets.isMarker("ollama-local")).isTrue();
        assertThat(Secrets.secretKind("ollama")).isNull();
        assertThat(Secrets.secretKind("pplx-abcdefghij1234567890")).isEqualTo("it starts like a provider API key");
        assertThat(Secrets.secretKind("Qm9vYmFyIGJhejEyMzQ1Njc4OTBhYmNkZWY")).isEqualTo("it is a long random-looking string");
    }

    @Test
    void valuesOfLinesThatDoNotParseAreMaskedToo() {
        // an unquoted or unterminated credential is shown in the parse-error excerpt of its own line
        assertThat(Secrets.maskLine("  apiKey: PlantedBare0123456789,")).isEqualTo("  apiKey: *********************,");
        assertThat(Secrets.maskLine("  \"apiKey\": \"PlantedOpen0123")).isEqualTo("  \"apiKey\": \"***************");
        assertThat(Secrets.maskLine("  token: 'abc def")).isEqualTo("  token: '*******");
        assertThat(Secrets.maskLine("  apiKey: ${OPENAI_API_KEY},")).isEqualTo("  apiKey: ${OPENAI_API_KEY},");
        assertThat(Secrets.maskLine("  maxTokens: 8192, apiKey: 12,")).isEqualTo("  maxTokens: 8192, apiKey: 12,");
        assertThat(Secrets.maskLine("  apiKey: { source: \"env\" },")).isEqualTo("  apiKey: { source: \"env\" },");
    }

    @Test
    void secretShapesInMessagesAreRedacted() {
        assertThat(Secrets.redactText("api is \"sk-Planted0123456789abcdef\", which is not allowed"))
                .isEqualTo("api is \"<redacted>\", which is not allowed");
        assertThat(Secrets.redactText("baseUrl http://u:pw123@host:11434 is plain http"))
                .isEqualTo("baseUrl http://u:<redacted>@host:11434 is plain http");
        assertThat(Secrets.redactText("Set params.num_ctx to 32768")).isEqualTo("Set params.num_ctx to 32768");
    }
}
