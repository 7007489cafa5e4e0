package dev.clawlint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import dev.clawlint.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorded OpenClaw 2026.9.6 verdicts on written-back effective configs
 * ({@code src-test-fixtures/data/oracle/roundtrip-2026.9.6.tsv}, made and re-checked by
 * {@code tools/oracle/roundtrip.sh}) still describe what the writer writes today, and say that every
 * config OpenClaw accepts is still accepted once written back.
 */
class ResolveRoundTripTest {
    private static final Path TSV = Fixtures.data("oracle").resolve("roundtrip-2026.9.6.tsv");

    @TestFactory
    Stream<DynamicTest> recordedVerdicts() throws Exception {
        List<String> rows = Files.readAllLines(TSV, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("file\t")).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(14);
        assertThat(rows.stream().filter(r -> r.split("\t")[1].equals("ok"))).hasSizeGreaterThanOrEqualTo(14);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.split("\t")[0], () -> {
            String[] cols = row.split("\t");
            assertThat(cols).hasSize(4);
            String name = cols[0];
            Path file = name.startsWith("guide/")
                    ? Fixtures.moduleRoot().resolve("golden/resolve/inputs").resolve(name)
                    : Fixtures.data("corpus").resolve("real").resolve(name);
            LoadedConfig loaded = new ConfigLoader().load(Files.readAllBytes(file), file, name, Environment.unknown());
            EffectiveConfig effective = ConfigResolver.resolve(loaded.requireDocument(), TargetVersion.LATEST, Environment.unknown());
            byte[] written = EffectiveConfigWriter.write(effective, false).getBytes(StandardCharsets.UTF_8);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(written));
            assertThat(sha).as("%s: the writer's output changed since its verdict was recorded; rerun tools/oracle/roundtrip.sh --record", name)
                    .isEqualTo(cols[3]);
            if (cols[1].equals("ok")) {
                assertThat(cols[2]).as("%s: OpenClaw accepts the original, so it must accept the written-back effective config", name)
                        .isEqualTo("ok");
            }
        }));
    }
}
