package dev.clawlint.core.resolve;

import static dev.clawlint.core.resolve.Resolving.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.Environment;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What OpenClaw will run, resolved from canonical configs and from the guide's shapes. */
class ConfigResolverTest {
    private static final String CANONICAL = """
            {
              models: {
                providers: {
                  ollama: {
                    baseUrl: "http://127.0.0.1:11434",
                    api: "ollama",
                    maxTokens: 4096,
                    models: [
                      { id: "qwen3:32b", name: "Qwen3 32B", contextWindow: 32768 },
                      { id: "qwen3:8b", name: "Qwen3 8B" },
                    ],
                  },
                  "my-vllm": {
                    baseUrl: "http://10.0.0.5:8000/v1",
                    models: [{ id: "llama-70b", name: "Llama 70B", contextWindow: 131072, maxTokens: 200000 }],
                  },
                },
              },
              agents: {
                defaults: {
                  model: { primary: "ollama/qwen3:32b", fallbacks: ["my-vllm/llama-70b", "anthropic/claude-sonnet-4-6"] },
                  heartbeat: { model: "ollama/qwen3:8b" },
                },
                entries: {
                  coder: { model: "my-vllm/llama-70b" },
                  helper: { model: { primary: "ollama/qwen3:8b" } },
                  plain: {},
                },
                ownership: "explicit",
              },
            }
            """;

    @Nested
    class Providers {
        @Test
        void modelsInheritTheProvidersApiAndEndpointAndGetTheTargetsDefaults() {
            EffectiveConfig c = resolve(CANONICAL);
            EffectiveModel big = c.providers().get("ollama").model("qwen3:32b");
            assertThat(big.api().value()).isEqualTo("ollama");
            assertThat(big.api().origin().describe()).isEqualTo("openclaw.json:6:14");
            assertThat(big.baseUrl().value()).isEqualTo("http://127.0.0.1:11434");
            assertThat(big.contextWindow().value()).isEqualTo(32768.0);
            assertThat(big.maxTokens().value()).isEqualTo(4096.0);
            assertThat(big.maxTokens().origin().describe()).startsWith("default (OpenClaw 2026.9)")
                    .contains("min(provider maxTokens 4096, contextWindow 32768)");
            assertThat(big.reasoning().value()).isFalse();
            assertThat(big.input().value()).containsExactly("text");
            assertThat(big.cost()).containsOnlyKeys("input", "output", "cacheRead", "cacheWrite");
            assertThat(big.cost().get("output").value()).isZero();
        }

        @Test
        void onTwentySixNineAnUnwrittenWindowStaysUnsetAndTheBudgetIs128000() {
            // recorded: models-2026.9.6.jsonl, probes/context-defaults.json5, rows without contextWindow: 128000
            EffectiveModel small = resolve(CANONICAL).providers().get("ollama").model("qwen3:8b");
            assertThat(small.contextWindow()).isNull();
            assertThat(small.contextBudget().value()).isEqualTo(128_000.0);
            assertThat(small.contextBudget().origin().describe()).startsWith("default (OpenClaw 2026.9): 128000: a model row without contextWindow gets 128000");
            assertThat(small.maxTokens().value()).isEqualTo(4096.0);
        }

        @Test
        void onTwentySixEightTheBudgetOfAnUnwrittenWindowIs200000() {
            // recorded: models-2026.8.2.jsonl, probes/context-defaults.json5: 200000
            EffectiveModel small = resolve(CANONICAL, TargetVersion.parse("2026.8"), Environment.unknown())
                    .providers().get("ollama").model("qwen3:8b");
            assertThat(small.contextWindow()).isNull();
            assertThat(small.contextBudget().value()).isEqualTo(200_000.0);
        }

        @Test
        void upToTwentySixSevenTheWindowIsMaterializedAs200000() {
            EffectiveModel small = resolve(CANONICAL, TargetVersion.parse("2026.7"), Environment.unknown())
                    .providers().get("ollama").model("qwen3:8b");
            assertThat(small.contextWindow().value()).isEqualTo(200_000.0);
            assertThat(small.contextWindow().origin().describe()).startsWith("default (OpenClaw 2026.7)");
        }

        @Test
        void aCustomProviderWithABaseUrlAndNoApiGetsOpenAiCompletionsFrom2026Point4() {
            EffectiveProvider vllm = resolve(CANONICAL).providers().get("my-vllm");
            assertThat(vllm.api().value()).isEqualTo("openai-completions");
            assertThat(vllm.api().origin()).isInstanceOf(Origin.Default.class);
            assertThat(vllm.backend()).isEqualTo(Backend.VLLM);
            assertThat(vllm.local()).isTrue();
            assertThat(resolve(CANONICAL, TargetVersion.parse("2026.3"), Environment.unknown())
                    .providers().get("my-vllm").api()).isNull();
        }

        @Test
        void maxTokensAboveTheWindowIsClampedAtRunTime() {
            EffectiveModel llama = resolve(CANONICAL).providers().get("my-vllm").model("llama-70b");
            assertThat(llama.maxTokens().value()).isEqualTo(200_000.0);
            assertThat(llama.runtimeMaxTokens()).isEqualTo(131_072.0);
        }

        @Test
        void aBuiltInLocalProviderWithoutEndpointUsesItsPluginsDefault() {
            EffectiveProvider ollama = resolve("{models: {providers: {ollama: {models: [{id: 'a', name: 'a'}]}}}}")
                    .providers().get("ollama");
            assertThat(ollama.baseUrl().value()).isEqualTo("http://127.0.0.1:11434");
            assertThat(ollama.baseUrl().origin().describe()).isEqualTo("built-in (ollama plugin default)");
            assertThat(ollama.api().value()).isEqualTo("ollama");
        }
    }

    @Nested
    class Agents {
        @Test
        void theDefaultsComeFirstWithTheirChainAndHeartbeat() {
            EffectiveAgent d = resolve(CANONICAL).defaults();
            assertThat(d.id()).isEqualTo("defaults");
            assertThat(d.primary().status()).isEqualTo(ModelRef.Status.CONFIGURED);
            assertThat(d.primary().model().id()).isEqualTo("qwen3:32b");
            assertThat(d.fallbacks()).extracting(ModelRef::ref).containsExactly("my-vllm/llama-70b", "anthropic/claude-sonnet-4-6");
            assertThat(d.fallbacks().get(1).status()).isEqualTo(ModelRef.Status.BUILT_IN);
            assertThat(d.heartbeat().ref()).isEqualTo("ollama/qwen3:8b");
        }

        @Test
        void aStringModelIsAPrimaryWithoutFallbacks() {
            EffectiveAgent coder = agent(resolve(CANONICAL), "coder");
            assertThat(coder.ownModel()).isTrue();
            assertThat(coder.primary().ref()).isEqualTo("my-vllm/llama-70b");
            assertThat(coder.fallbacks()).isEmpty();
        }

        @Test
        void anObjectModelWithAPrimaryButNoFallbacksIsStrict() {
            // recorded: models-2026.9.6.jsonl, probes/roster.json5 agent "obj" ({primary} only): fallbacks []
            EffectiveAgent helper = agent(resolve(CANONICAL), "helper");
            assertThat(helper.primary().ref()).isEqualTo("ollama/qwen3:8b");
            assertThat(helper.fallbacks()).isEmpty();
        }

        @Test
        void anObjectModelWithOnlyFallbacksKeepsTheDefaultPrimary() {
            EffectiveConfig c = resolve("""
                    {agents: {defaults: {model: {primary: "ollama/a", fallbacks: ["ollama/b"]}},
                              entries: {x: {model: {fallbacks: ["ollama/c"]}}}}}
                    """);
            assertThat(agent(c, "x").primary().ref()).isEqualTo("ollama/a");
            assertThat(agent(c, "x").fallbacks()).extracting(ModelRef::ref).containsExactly("ollama/c");
            assertThat(agent(c, "x").fallbacks()).allMatch(r -> r.agentId().equals("x"));
        }

        @Test
        void anAgentWithoutModelInheritsEverything() {
            EffectiveAgent plain = agent(resolve(CANONICAL), "plain");
            assertThat(plain.ownModel()).isFalse();
            assertThat(plain.primary().ref()).isEqualTo("ollama/qwen3:32b");
            assertThat(plain.heartbeat().ref()).isEqualTo("ollama/qwen3:8b");
            assertThat(plain.heartbeatRuns()).isTrue();
        }

        @Test
        void onceAnyAgentHasItsOwnHeartbeatOnlyThoseAgentsRunHeartbeats() {
            EffectiveConfig c = resolve("""
                    {agents: {defaults: {heartbeat: {model: "ollama/a"}},
                              entries: {one: {heartbeat: {every: "1h"}}, two: {}}}}
                    """);
            assertThat(agent(c, "one").heartbeatRuns()).isTrue();
            assertThat(agent(c, "one").heartbeat().ref()).isEqualTo("ollama/a");
            assertThat(agent(c, "two").heartbeatRuns()).isFalse();
            assertThat(agent(c, "two").heartbeat()).isNull();
            assertThat(c.defaults().heartbeatRuns()).isFalse();
        }

        @Test
        void anAliasResolvesThroughTheModelCatalogue() {
            EffectiveConfig c = resolve("""
                    {models: {providers: {ollama: {models: [{id: "qwen3:32b", name: "q"}]}}},
                     agents: {defaults: {model: "big", models: {"ollama/qwen3:32b": {alias: "big"}}}}}
                    """);
            assertThat(c.defaults().primary().written()).isEqualTo("big");
            assertThat(c.defaults().primary().ref()).isEqualTo("ollama/qwen3:32b");
            assertThat(c.defaults().primary().status()).isEqualTo(ModelRef.Status.CONFIGURED);
            assertThat(c.catalogEntries()).extracting(ModelRef::ref).containsExactly("ollama/qwen3:32b");
        }
    }

    @Nested
    class References {
        @Test
        void replaceModeDropsBuiltInProviders() {
            EffectiveConfig c = resolve("""
                    {models: {mode: "replace", providers: {ollama: {models: [{id: "a", name: "a"}]}}},
                     agents: {defaults: {model: {primary: "ollama/a", fallbacks: ["anthropic/claude", "ollama/b"]}}}}
                    """);
            assertThat(c.mergesBuiltIns()).isFalse();
            assertThat(c.defaults().primary().status()).isEqualTo(ModelRef.Status.CONFIGURED);
            ModelRef cloud = c.defaults().fallbacks().get(0);
            assertThat(cloud.status()).isEqualTo(ModelRef.Status.UNRESOLVED);
            assertThat(cloud.reason()).contains("built-in provider").contains("replace");
            ModelRef missing = c.defaults().fallbacks().get(1);
            assertThat(missing.status()).isEqualTo(ModelRef.Status.UNRESOLVED);
            assertThat(missing.provider().id()).isEqualTo("ollama");
            assertThat(missing.reason()).contains("has no model \"b\"");
        }

        @Test
        void inMergeModeABuiltInProviderSuppliesModelsItsEntryDoesNotList() {
            ModelRef r = resolve("""
                    {models: {providers: {ollama: {models: [{id: "a", name: "a"}]}}},
                     agents: {defaults: {model: "ollama/b"}}}
                    """).defaults().primary();
            assertThat(r.status()).isEqualTo(ModelRef.Status.BUILT_IN);
            assertThat(r.provider().id()).isEqualTo("ollama");
            assertThat(r.model()).isNull();
        }

        @Test
        void unresolvedReferencesSayWhy() {
            EffectiveConfig c = resolve("""
                    {models: {providers: {mine: {baseUrl: "http://box:5000/v1", models: [{id: "a", name: "a"}]}}},
                     agents: {defaults: {model: {primary: "qwen3:14b", fallbacks: ["nobody/x", "mine/b"]}}}}
                    """);
            // a bare id no provider offers goes to OpenClaw's default provider (probes/bare-refs.json5)
            assertThat(c.defaults().primary().ref()).isEqualTo("openai/qwen3:14b");
            assertThat(c.defaults().primary().how()).isEqualTo(ModelRef.Inference.DEFAULT_PROVIDER);
            assertThat(c.defaults().fallbacks().get(0).reason()).contains("no provider \"nobody\"");
            assertThat(c.defaults().fallbacks().get(1).reason()).contains("custom provider");
            assertThat(c.defaults().fallbacks()).extracting(ModelRef::status).containsOnly(ModelRef.Status.UNRESOLVED);
        }
    }

    @Nested
    class GuideShapes {
        @Test
        void brainLocalBecomesAProviderAndTheDefaultPrimary() {
            EffectiveConfig c = resolve("""
                    {
                      "brain": {
                        "provider": "local",
                        "local": {"endpoint": "http://localhost:11434", "model": "qwen3:32b", "type": "ollama"}
                      }
                    }
                    """);
            EffectiveProvider p = c.providers().get("ollama");
            assertThat(p.baseUrl().value()).isEqualTo("http://localhost:11434");
            assertThat(p.baseUrl().origin().describe()).isEqualTo("migrated from brain.local.endpoint (openclaw.json:4:27)");
            assertThat(p.api().value()).isEqualTo("ollama");
            assertThat(p.models()).extracting(EffectiveModel::id).containsExactly("qwen3:32b");
            assertThat(p.models().get(0).name().value()).isEqualTo("qwen3:32b");
            ModelRef primary = c.defaults().primary();
            assertThat(primary.ref()).isEqualTo("ollama/qwen3:32b");
            assertThat(primary.status()).isEqualTo(ModelRef.Status.CONFIGURED);
            assertThat(primary.origin().describe()).startsWith("migrated from brain.local.model");
        }

        @Test
        void brainLocalOfAnotherTypeTakesTheBackendsBuiltInIdElseLocal() {
            assertThat(resolve("{brain: {provider: 'local', local: {endpoint: 'http://h:1234/v1', model: 'm', type: 'openai'}}}")
                    .providers()).containsOnlyKeys("lmstudio");
            EffectiveConfig custom = resolve("{brain: {provider: 'local', local: {endpoint: 'http://h:5000/v1', model: 'm', type: 'openai'}}}");
            assertThat(custom.providers()).containsOnlyKeys("local");
            assertThat(custom.providers().get("local").api().value()).isEqualTo("openai-completions");
            assertThat(custom.defaults().primary().ref()).isEqualTo("local/m");
        }

        @Test
        void brainProviderAndModelJoinIntoOneReferenceAndTopLevelHeartbeatMoves() {
            EffectiveConfig c = resolve("""
                    {brain: {provider: "anthropic", model: "claude-sonnet-4-6", fallback: "ollama/qwen3:14b"},
                     heartbeat: {model: "ollama/qwen3:8b"}}
                    """);
            assertThat(c.defaults().primary().ref()).isEqualTo("anthropic/claude-sonnet-4-6");
            assertThat(c.defaults().primary().written()).isEqualTo("claude-sonnet-4-6");
            assertThat(c.defaults().fallbacks()).extracting(ModelRef::ref).containsExactly("ollama/qwen3:14b");
            assertThat(c.defaults().heartbeat().origin().describe()).startsWith("migrated from heartbeat.model");
        }

        @Test
        void typeHostAndObjectMapModelsBecomeApiBaseUrlAndRows() {
            EffectiveProvider p = resolve("""
                    {models: {providers: {"ollama-fast": {type: "ollama", host: "http://gpu-server-1:11434",
                       models: {"gemma4:12b": {contextWindow: 32768}}, requiresStringContent: true}}}}
                    """).providers().get("ollama-fast");
            assertThat(p.api().value()).isEqualTo("ollama");
            assertThat(p.api().origin().describe()).startsWith("migrated from models.providers.ollama-fast.type");
            assertThat(p.baseUrl().origin().describe()).startsWith("migrated from models.providers.ollama-fast.host");
            assertThat(p.backend()).isEqualTo(Backend.OLLAMA);
            assertThat(p.local()).isTrue();
            EffectiveModel m = p.models().get(0);
            assertThat(m.id()).isEqualTo("gemma4:12b");
            assertThat(m.name().origin().describe()).startsWith("migrated from models.providers.ollama-fast.models.gemma4:12b");
            assertThat(m.compat()).containsKey("requiresStringContent");
            assertThat(m.compat().get("requiresStringContent").origin()).isInstanceOf(Origin.Migrated.class);
        }

        @Test
        void agentsListIsMovedToEntriesOn2026Point8() {
            String config = "{agents: {list: [{id: 'worker', model: 'ollama/qwen3:32b'}]}}";
            EffectiveAgent moved = agent(resolve(config), "worker");
            assertThat(moved.primary().origin()).isInstanceOf(Origin.Migrated.class);
            EffectiveAgent canonical = agent(resolve(config, TargetVersion.parse("2026.7"), Environment.unknown()), "worker");
            assertThat(canonical.primary().origin()).isInstanceOf(Origin.Written.class);
        }
    }

    @Test
    void valuesFromTheEnvironmentSayWhichVariable() {
        EffectiveConfig c = resolve("""
                {models: {providers: {ollama: {baseUrl: "${OLLAMA_HOST}", apiKey: "${OLLAMA_API_KEY}", models: []}}}}
                """, TargetVersion.LATEST, Environment.of(java.util.Map.of("OLLAMA_HOST", "http://gpu:11434",
                        "OLLAMA_API_KEY", "secret-value-1234")));
        EffectiveProvider p = c.providers().get("ollama");
        assertThat(p.baseUrl().value()).isEqualTo("http://gpu:11434");
        assertThat(p.baseUrl().origin().describe()).startsWith("env:OLLAMA_HOST (openclaw.json:1:");
        assertThat(p.baseUrl().secret()).isFalse();
        assertThat(p.apiKey().secret()).isTrue();
    }

    private static EffectiveAgent agent(EffectiveConfig c, String id) {
        List<EffectiveAgent> found = c.entries().stream().filter(a -> a.id().equals(id)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
