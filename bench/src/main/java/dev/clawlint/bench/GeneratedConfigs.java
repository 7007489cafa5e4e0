package dev.clawlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Generated configs for the growth cases: {@code n} local OpenAI-compatible providers of 5 models each, every
 * model with a context window and an output limit, the agents' primary model and fallbacks on the first ones.
 * A valid config that OpenClaw accepts, so every tool does the whole of its work on it. {@code bench/compare.sh}
 * and the JMH benchmarks use the same files: {@code java -cp bench/target/benchmarks.jar
 * dev.clawlint.bench.GeneratedConfigs DIR 10 100 1000} writes {@code DIR/providers-10.json} and so on.
 */
public final class GeneratedConfigs {
    /** Models per generated provider. */
    public static final int MODELS_PER_PROVIDER = 5;

    private GeneratedConfigs() {
    }

    /** The text of a config with {@code providers} providers × {@link #MODELS_PER_PROVIDER} models. */
    public static String config(int providers) {
        StringBuilder out = new StringBuilder(providers * 900 + 512);
        out.append("{\n  \"models\": {\n    \"mode\": \"merge\",\n    \"providers\": {\n");
        for (int p = 0; p < providers; p++) {
            out.append("      \"local-").append(p).append("\": {\n")
                    .append("        \"baseUrl\": \"http://127.0.0.1:").append(20000 + p % 40000).append("/v1\",\n")
                    .append("        \"api\": \"openai-completions\",\n")
                    .append("        \"apiKey\": \"local-").append(p).append("\",\n")
                    .append("        \"timeoutSeconds\": 300,\n")
                    .append("        \"models\": [\n");
            for (int m = 0; m < MODELS_PER_PROVIDER; m++) {
                int context = 16384 << (m % 3); // 16k, 32k, 64k: OpenClaw refuses a window under 16,000
                out.append("          {\"id\": \"model-").append(p).append('-').append(m)
                        .append("\", \"name\": \"Model ").append(p).append('.').append(m)
                        .append("\", \"contextWindow\": ").append(context)
                        .append(", \"maxTokens\": ").append(context / 4).append('}')
                        .append(m + 1 < MODELS_PER_PROVIDER ? ",\n" : "\n");
            }
            out.append("        ]\n      }").append(p + 1 < providers ? ",\n" : "\n");
        }
        out.append("    }\n  },\n  \"agents\": {\n    \"defaults\": {\n      \"model\": {\n")
                .append("        \"primary\": \"local-0/model-0-0\",\n        \"fallbacks\": [\"local-")
                .append(providers > 1 ? 1 : 0).append("/model-").append(providers > 1 ? 1 : 0).append("-1\"]\n")
                .append("      },\n      \"timeoutSeconds\": 900\n    }\n  }\n}\n");
        return out.toString();
    }

    /** Writes {@code dir/providers-<n>.json} (if not there yet) and returns its path. */
    public static Path write(Path dir, int providers) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("providers-" + providers + ".json");
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(dir, "providers-" + providers, ".part");
            Files.write(partial, config(providers).getBytes(StandardCharsets.UTF_8));
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return file;
    }

    /** {@code GeneratedConfigs DIR N...}: writes one file per provider count and prints their paths. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GeneratedConfigs DIR PROVIDERS...  (writes DIR/providers-<n>.json)");
            System.exit(2);
        }
        Path dir = Paths.get(args[0]);
        for (int i = 1; i < args.length; i++) {
            System.out.println(write(dir, Integer.parseInt(args[i])));
        }
    }
}
