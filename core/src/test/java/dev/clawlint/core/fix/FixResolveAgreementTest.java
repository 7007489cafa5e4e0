package dev.clawlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.core.resolve.ConfigResolver;
import dev.clawlint.core.resolve.EffectiveAgent;
import dev.clawlint.core.resolve.EffectiveConfig;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.ModelRef;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code clawlint fix} and {@code clawlint resolve} read the guide's shapes the same way
 * (docs/openclaw/guide-shapes.md): for every guide snippet and every fixture that writes one of
 * those shapes, the provider ids, {@code api} values and default model references that the resolver
 * computes from the original equal those it computes from the text the fixer writes, which no
 * longer has the guide shape.
 */
class FixResolveAgreementTest {
    /** The words of the guide shapes the resolver reads: brain, top-level heartbeat, models maps, type/host. */
    private static final Pattern GUIDE_SHAPE = Pattern.compile("\"?(brain|heartbeat|models|type|host)\"?\\s*:");

    /**
     * Only the guide-shape rules' fixes: the others (missing-api, ollama-openai-endpoint, ...) change
     * the effective config on purpose, which is what they are for.
     */
    private static final Set<String> GUIDE_RULES = BuiltInRules.all().stream().map(r -> r.meta())
            .filter(m -> m.category() == Category.GUIDE_SHAPES).map(m -> m.id()).collect(Collectors.toSet());

    @Test
    void fixAndResolveAgreeOnEveryGuideShape() throws IOException {
        List<Path> files = new ArrayList<>(Fixtures.files(GuideSnippetFixTest.guide(), ".json"));
        try (Stream<Path> walk = Files.walk(Fixtures.moduleRoot().resolve("fixtures"))) {
            walk.filter(p -> p.toString().endsWith(".json5")).sorted().forEach(files::add);
        }
        int compared = 0;
        int changedByFix = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path file : files) {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            if (!GUIDE_SHAPE.matcher(original).find()) {
                continue;
            }
            Map<String, String> before = shape(original, file);
            if (before == null) {
                continue; // not a document OpenClaw could read: nothing to resolve
            }
            FixOutcome outcome = FixTesting.fixer(GUIDE_RULES).fix(original.getBytes(StandardCharsets.UTF_8), file,
                    file.getFileName().toString(), Environment.unknown());
            if (outcome.refusal() != null) {
                continue;
            }
            Map<String, String> after = shape(outcome.fixed(), file);
            compared++;
            if (outcome.changed()) {
                changedByFix++;
            }
            if (!before.equals(after)) {
                disagreements.add(Fixtures.moduleRoot().getParent().relativize(file) + ": resolve " + before + " vs fix " + after);
            }
        }
        System.out.printf("fix/resolve agreement: %d shapes compared (%d rewritten by fix), %d agreeing%n",
                compared, changedByFix, compared - disagreements.size());
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void aBrainLocalOnLmStudiosPortIsTheLmstudioProviderInBoth() throws IOException {
        String original = "{\n  \"brain\": {\n    \"local\": {\n      \"endpoint\": \"http://localhost:1234/v1\",\n"
                + "      \"model\": \"qwen3-8b\"\n    }\n  }\n}\n";
        Path path = Path.of("openclaw.json");
        FixOutcome outcome = FixTesting.fixer(GUIDE_RULES).fix(original.getBytes(StandardCharsets.UTF_8), path,
                "openclaw.json", Environment.unknown());
        Map<String, String> resolved = shape(original, path);
        Map<String, String> fixed = shape(outcome.fixed(), path);
        assertThat(resolved).containsEntry("provider lmstudio", "api openai-completions")
                .containsEntry("defaults primary", "lmstudio/qwen3-8b CONFIGURED");
        assertThat(fixed).isEqualTo(resolved);
        assertThat(outcome.fixed()).contains("\"lmstudio\"").contains("\"api\": \"openai-completions\"");
    }

    /** What the comparison looks at, as sorted "what" to "value" entries; null when the text does not load. */
    private static @Nullable Map<String, String> shape(String text, Path file) {
        LoadedConfig loaded = new ConfigLoader().load(text.getBytes(StandardCharsets.UTF_8), file,
                file.getFileName().toString(), Environment.unknown());
        if (loaded.document() == null) {
            return null;
        }
        EffectiveConfig effective = ConfigResolver.resolve(loaded.requireDocument(), TargetVersion.LATEST, Environment.unknown());
        Map<String, String> out = new TreeMap<>();
        for (EffectiveProvider p : effective.providers().values()) {
            out.put("provider " + p.id(), "api " + (p.api() == null ? "-" : p.api().value()));
        }
        EffectiveAgent defaults = effective.defaults();
        out.put("defaults primary", ref(defaults.primary()));
        for (int i = 0; i < defaults.fallbacks().size(); i++) {
            out.put("defaults fallback " + i, ref(defaults.fallbacks().get(i)));
        }
        out.put("defaults heartbeat", ref(defaults.heartbeat()));
        return out;
    }

    private static String ref(@Nullable ModelRef ref) {
        return ref == null ? "-" : ref.ref() + " " + ref.status();
    }
}
