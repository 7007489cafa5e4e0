package dev.clawlint.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Host classification and backend detection, the way the local-models guide and OpenClaw read them. */
class HostsAndBackendsTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "http://localhost:11434, LOOPBACK",
        "http://127.0.0.1:8000/v1, LOOPBACK",
        "http://[::1]:1234/v1, LOOPBACK",
        "http://0.0.0.0:4000, LOOPBACK",
        "http://192.168.1.2:8001/v1, PRIVATE",
        "http://10.0.0.5:8000/v1, PRIVATE",
        "http://172.20.0.3:11434, PRIVATE",
        "http://100.101.102.103:11434, PRIVATE",
        "http://172.32.0.1:11434, PUBLIC",
        "http://gpu-box.local:11434, MDNS",
        "http://gpu-server-1:11434, BARE",
        "http://host.docker.internal:11434, CONTAINER_HOST",
        "http://HOST.orb.internal:1234/v1, CONTAINER_HOST",
        "http://gpu.corp.internal:8000/v1, PRIVATE_NAME",
        "http://nas.home.arpa:11434, PRIVATE_NAME",
        "http://gpu.lan:11434, PRIVATE_NAME",
        "http://gpu-box.tail1234.ts.net:11434, PRIVATE_NAME",
        "http://internal.example.com:11434, PUBLIC",
        "http://lan.example.com, PUBLIC",
        "https://api.openai.com/v1, PUBLIC",
        "https://ollama.com, PUBLIC",
        "'${OLLAMA_HOST}', UNKNOWN",
        "http://..., UNKNOWN",
        "'', UNKNOWN",
    })
    void classifiesHosts(String url, Hosts.Kind kind) {
        assertThat(Hosts.classify(url)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} at {1} with api {2} is {3}")
    @CsvSource({
        "ollama-fast, http://gpu-server-1:11434, ollama, OLLAMA",
        "remote, http://gpu:11434/v1, openai-completions, OLLAMA",
        "my-lm, http://localhost:1234/v1, openai-completions, LMSTUDIO",
        "vllm, http://localhost:8000/v1, openai-completions, VLLM",
        "sglang, http://localhost:30000/v1, openai-completions, SGLANG",
        "mlx, http://localhost:8080/v1, openai-completions, MLX",
        "omlx, http://127.0.0.1:8000/v1, openai-responses, OMLX",
        "box, http://localhost:8080/v1, openai-completions, CUSTOM",
        "my-local, http://localhost:5000/v1, openai-completions, CUSTOM",
        "proxy, http://litellm:4000, openai-completions, LITELLM",
        "ollama-cloud, https://ollama.com, ollama, CLOUD",
        "anthropic, , , CLOUD",
        "corp, https://llm.example.com/v1, openai-completions, CLOUD",
        "box, http://host.docker.internal:9000/v1, openai-completions, CUSTOM",
    })
    void detectsBackends(String id, String url, String api, Backend backend) {
        assertThat(Backends.detect(id, url, api)).isEqualTo(backend);
    }

    @ParameterizedTest(name = "type {0} is api {1}")
    @CsvSource({"ollama, ollama", "Ollama, ollama", "openai, openai-completions", "lmstudio, openai-completions",
        "anthropic, anthropic-messages", "openai-responses, openai-responses"})
    void mapsGuideTypesToApis(String type, String api) {
        assertThat(Backends.apiForType(type)).isEqualTo(api);
    }

    @ParameterizedTest(name = "{0} built in: {1}")
    @CsvSource({"ollama, true", "Ollama, true", "z.ai, true", "lmstudio, true", "my-local, false", "ollama-fast, false"})
    void knowsTheBuiltInProviderIds(String id, boolean builtIn) {
        assertThat(BuiltInProviders.isBuiltIn(id)).isEqualTo(builtIn);
    }
}
