package dev.clawlint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;

/** What rules ask of providers and model rows, answered by the resolved types themselves. */
class ModelFactsTest {
    private static EffectiveProvider provider(String json5, String id) {
        return Objects.requireNonNull(Resolving.resolve(json5).provider(id));
    }

    @Test
    void anOllamaServerIsKnownByItsPortEvenUnderAnotherName() {
        EffectiveProvider p = provider("{ models: { providers: { box: { baseUrl: 'http://10.0.0.5:11434', "
                + "api: 'openai-completions', models: [{ id: 'qwen3:8b', name: 'q' }] } } } }", "box");
        assertThat(p.isOllamaServer()).isTrue();
        assertThat(p.runsOnOllama(p.models().get(0))).isTrue();
        assertThat(p.models().get(0).usesNativeOllama()).isFalse();
    }

    @Test
    void paramsAreReadAsOllamaReadsThem() {
        EffectiveModel m = provider("{ models: { providers: { ollama: { baseUrl: 'http://127.0.0.1:11434', api: 'ollama', "
                + "models: [{ id: 'qwen3:32b', name: 'q', params: { num_ctx: '32768', keep_alive: '-1m' } }] } } } }",
                "ollama").models().get(0);
        assertThat(m.numberParam("num_ctx")).isEqualTo(32768.0);
        assertThat(m.numberParam("keep_alive")).isNull();
        assertThat(m.keepsLoaded()).isTrue();
        assertThat(m.size()).hasValueSatisfying(s -> assertThat(s.totalBillions()).isEqualTo(32.0));
    }

    @Test
    void absentSettingsHaveNoValueAndNoPointer() {
        EffectiveProvider p = provider("{ models: { providers: { ollama: { baseUrl: 'http://127.0.0.1:11434', "
                + "models: [{ id: 'm', name: 'm' }] } } } }", "ollama");
        assertThat(Valued.valueOrNull(p.apiKey())).isNull();
        assertThat(Valued.pointerOf(p.apiKey())).isNull();
        assertThat(Valued.isWritten(p.baseUrl())).isTrue();
        assertThat(Valued.pointerOf(p.baseUrl())).isEqualTo("/models/providers/ollama/baseUrl");
        assertThat(p.models().get(0).keepsLoaded()).isFalse();
    }
}
