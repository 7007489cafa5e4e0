package dev.clawlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.StringNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ${VAR}} substitution as OpenClaw's env-substitution.ts does it (openclaw-config.md §2.5). */
class EnvSubstitutionTest {
    private static final Environment ENV = Environment.of(Map.of("HOST", "10.0.0.5", "PORT", "11434", "EMPTY", ""));

    private static EnvSubstitution.Result sub(String value, Environment env) {
        return EnvSubstitution.substitute(value, env);
    }

    @Test
    void referencesAnywhereInTheStringAreReplaced() {
        EnvSubstitution.Result r = sub("http://${HOST}:${PORT}/v1", ENV);
        assertThat(r.value()).isEqualTo("http://10.0.0.5:11434/v1");
        assertThat(r.references()).containsExactly("HOST", "PORT");
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void anEscapedReferenceIsTheLiteralText() {
        assertThat(sub("$${HOST} and ${HOST}", ENV).value()).isEqualTo("${HOST} and 10.0.0.5");
        assertThat(sub("$${HOST}", ENV).references()).isEmpty();
    }

    @Test
    void lowercaseNamesAndDefaultSyntaxAreNotReferences() {
        for (String literal : List.of("${host}", "${HOST:-x}", "${1HOST}", "${}", "$HOST", "${HOST", "$$")) {
            EnvSubstitution.Result r = sub(literal, ENV);
            assertThat(r.value()).as(literal).isEqualTo(literal);
            assertThat(r.references()).as(literal).isEmpty();
        }
    }

    @Test
    void anUnsetOrEmptyVariableKeepsTheLiteralAndIsMissing() {
        EnvSubstitution.Result r = sub("${NOPE}-${EMPTY}-${HOST}", ENV);
        assertThat(r.value()).isEqualTo("${NOPE}-${EMPTY}-10.0.0.5");
        assertThat(r.missing()).containsExactly("NOPE", "EMPTY");
    }

    @Test
    void anUnknownEnvironmentSubstitutesNothingAndCallsNothingMissing() {
        EnvSubstitution.Result r = sub("${HOST}/$${PORT}", Environment.unknown());
        assertThat(r.value()).isEqualTo("${HOST}/${PORT}");
        assertThat(r.references()).containsExactly("HOST");
        assertThat(r.missing()).isEmpty();
    }

    private static LoadedConfig load(String text, Environment env) {
        return new ConfigLoader().load(text.getBytes(StandardCharsets.UTF_8), Path.of("/cfg/openclaw.json5"),
                "openclaw.json5", env);
    }

    @Test
    void theLoaderSubstitutesValuesButNotKeysAndRemembersWhereValuesCameFrom() {
        LoadedConfig loaded = load("{ '${HOST}': 'http://${HOST}' }", ENV);
        StringNode node = (StringNode) loaded.requireDocument().node("/${HOST}");
        assertThat(node).isNotNull();
        assertThat(node.value()).isEqualTo("http://10.0.0.5");
        assertThat(node.written()).isEqualTo("http://${HOST}");
        assertThat(node.envVars()).containsExactly("HOST");
        assertThat(node.fromEnvironment()).isTrue();
    }

    @Test
    void configEnvVarsFillInNamesTheEnvironmentLacksButNeverOverrideIt() {
        String config = "{ env: { vars: { HOST: 'from-config', BASE: 'http://b' }, DIRECT: 'd', shellEnv: { enabled: false } },"
                + " a: '${HOST}', b: '${BASE}', c: '${DIRECT}' }";
        LoadedConfig loaded = load(config, ENV);
        assertThat(((StringNode) loaded.requireDocument().node("/a")).value()).isEqualTo("10.0.0.5");
        assertThat(((StringNode) loaded.requireDocument().node("/b")).value()).isEqualTo("http://b");
        assertThat(((StringNode) loaded.requireDocument().node("/c")).value()).isEqualTo("d");
        assertThat(loaded.environment().get("BASE")).contains("http://b");
    }

    @Test
    void configEnvVarsThatReferenceVariablesOrGuardLoadingAreNotApplied() {
        String config = "{ env: { vars: { A: '${HOST}', OPENCLAW_INCLUDE_ROOTS: '/', BLANK: '  ' } } }";
        LoadedConfig loaded = load(config, ENV);
        assertThat(loaded.environment().get("A")).isEmpty();
        assertThat(loaded.environment().get("OPENCLAW_INCLUDE_ROOTS")).isEmpty();
        assertThat(loaded.environment().get("BLANK")).isEmpty();
    }

    @Test
    void withAnUnknownEnvironmentStringsKeepTheirLiteral() {
        LoadedConfig loaded = load("{ env: { vars: { BASE: 'x' } }, a: '${BASE}' }", Environment.unknown());
        StringNode a = (StringNode) loaded.requireDocument().node("/a");
        assertThat(a.value()).isEqualTo("${BASE}");
        assertThat(a.envVars()).containsExactly("BASE");
        assertThat(loaded.environment().isKnown()).isFalse();
    }

    @Test
    void spansOfSubstitutedStringsAreTheLiteralsInTheFile() {
        LoadedConfig loaded = load("{\n  a: \"${HOST}\",\n}", ENV);
        StringNode a = (StringNode) loaded.requireDocument().node("/a");
        assertThat(a.span().range()).hasToString("2:6-2:15");
        assertThat(a.span().file()).isInstanceOf(SourceFile.class);
    }
}
