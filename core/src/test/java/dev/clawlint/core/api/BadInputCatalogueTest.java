package dev.clawlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.finding.Diagnostic;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.CheckResult;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.ReadLimits;
import dev.clawlint.core.report.Reporters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input catalogue (issue #16): inputs a hostile or careless author writes, each of which must give a
 * clear finding, never an exception that ends the run, a hang or a stack trace. {@link #CATALOGUE} lists them,
 * one test each; the tests below it pin details of some. Env-file inputs are the CLI's (HostileInputTest), where
 * they end in one exit-2 line.
 */
class BadInputCatalogueTest {
    @TempDir
    Path dir;

    private CheckResult check(String... texts) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path file = dir.resolve("c" + i + ".json5");
            Files.writeString(file, texts[i]);
            files.add(file);
        }
        CheckResult result = new Clawlint().check(new CheckRequest(files, null, Environment.unknown(),
                RuleSettings.DEFAULTS, Severity.ERROR));
        for (String format : Reporters.NAMES) {
            assertThat(Reporters.byName(format, true).render(result)).as(format).isNotEmpty();
        }
        return result;
    }

    /** Writes one hostile input into the test's folder and returns the file to check. */
    private interface Input {
        Path write(Path dir) throws Exception;
    }

    private static Input text(String name, String text) {
        return dir -> Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Input bytes(String name, byte[] bytes) {
        return dir -> Files.write(dir.resolve(name), bytes);
    }

    private static Input including(String target, Input... others) {
        return dir -> {
            for (Input other : others) {
                other.write(dir);
            }
            return Files.writeString(dir.resolve("openclaw.json5"), "{ $include: \"" + target + "\" }\n");
        };
    }

    /**
     * One entry of the catalogue: what it is, how to write it, and the finding it must give (rule id and words of
     * its message). The input's run also renders every report format.
     */
    private record Case(String name, Input input, String rule, String words) {}

    private static final List<Case> CATALOGUE = List.of(
            new Case("an empty file", text("c.json5", ""), "parse-error", "the file is empty"),
            new Case("a file of comments only", text("c.json5", "// nothing yet\n/* still nothing */\n"), "parse-error",
                    "the file is empty"),
            new Case("a null root", text("c.json5", "null\n"), "invalid-type", "the config must be an object, not null"),
            new Case("an array root", text("c.json5", "[{}]\n"), "invalid-type", "the config must be an object, not an array"),
            new Case("a string root", text("c.json5", "\"openclaw\"\n"), "invalid-type", "must be an object, not a string"),
            new Case("a file over 16 MiB", dir -> {
                Path f = dir.resolve("c.json5");
                try (var out = Files.newOutputStream(f)) {
                    out.write("{ \"a\": \"".getBytes(StandardCharsets.UTF_8));
                    out.write(new byte[(int) ReadLimits.DEFAULT.maxFileBytes()]);
                }
                return f;
            }, "parse-error", "larger than the 16777216-byte limit"),
            new Case("a string one character under the limit", text("c.json5", "{ \"note\": \""
                    + "x".repeat(ReadLimits.DEFAULT.maxStringLength() - 1) + "\" }\n"), "unknown-key", "Unknown key \"note\""),
            new Case("a string one character over the limit", text("c.json5", "{ \"note\": \""
                    + "x".repeat(ReadLimits.DEFAULT.maxStringLength() + 1) + "\" }\n"), "parse-error",
                    "a string longer than 1048576 characters"),
            new Case("a secret-named string of 300,000 escapes", text("c.json5", "{ \"apiKey\": \"" + "\\\\n".repeat(300_000)
                    + "\" }\n"), "unknown-key", "Unknown key \"apiKey\""),
            new Case("nesting 100,000 deep", text("c.json5", "[".repeat(100_000) + "]".repeat(100_000)), "parse-error",
                    "nested more than 200 levels deep"),
            new Case("1e400 (infinite as a double)", text("c.json5", "{ agents: { defaults: { contextTokens: 1e400 } } }"),
                    "invalid-type", "contextTokens must be a number, not Infinity"),
            new Case("-0 where a positive number goes", text("c.json5", "{ agents: { defaults: { maxConcurrent: -0 } } }"),
                    "invalid-value", "maxConcurrent is -0, but it must be > 0"),
            new Case("NaN", text("c.json5", "{ agents: { defaults: { maxConcurrent: NaN } } }"), "invalid-type",
                    "maxConcurrent must be a number, not NaN"),
            new Case("-Infinity", text("c.json5", "{ agents: { defaults: { timeoutSeconds: -Infinity } } }"), "invalid-type",
                    "timeoutSeconds must be a number, not -Infinity"),
            new Case("1e19 in an integer field", text("c.json5", "{ agents: { defaults: { timeoutSeconds: 1e19 } } }"),
                    "invalid-value", "must be <= 9007199254740991"),
            new Case("2^63 in an integer field", text("c.json5", "{ agents: { defaults: { maxConcurrent: 9223372036854775808 } } }"),
                    "invalid-value", "maxConcurrent is 9223372036854775808, but it must be <= 9007199254740991"),
            new Case("a lone surrogate in a key", text("c.json5", "{ \"\\ud800\": 1 }\n"), "unknown-key", "Unknown key"),
            new Case("invalid UTF-8", bytes("c.json5", new byte[] {'{', ' ', '"', 'a', '"', ':', ' ', '"', (byte) 0xFF, '"', ' ', '}'}),
                    "parse-error", "invalid UTF-8 (byte 0xFF at byte offset 8)"),
            new Case("UTF-16 with a byte order mark", bytes("c.json5", "\ufeff{ \"a\": 1 }".getBytes(StandardCharsets.UTF_16LE)),
                    "parse-error", "the file is UTF-16LE (it starts with a UTF-16 byte order mark)"),
            new Case("UTF-16 without a byte order mark", bytes("c.json5", "{ \"a\": 1 }".getBytes(StandardCharsets.UTF_16LE)),
                    "parse-error", "looks like UTF-16LE without a byte order mark"),
            new Case("a NUL character", bytes("c.json5", "{ \"a\": 1 }\u0000".getBytes(StandardCharsets.UTF_8)), "parse-error",
                    "a NUL character (U+0000)"),
            new Case("CR-only line ends", text("c.json5", "{\r  \"gateway\": { \"prot\": 1 }\r}\r"), "unknown-key",
                    "Did you mean \"port\"?"),
            new Case("an $include of itself", including("./openclaw.json5"), "include-error", "Circular include detected"),
            new Case("an $include of a directory", including("./sub", dir -> Files.createDirectories(dir.resolve("sub"))),
                    "include-error", "it is not a regular file"),
            new Case("an $include of a FIFO", including("./pipe", dir -> {
                Process p = new ProcessBuilder("mkfifo", dir.resolve("pipe").toString()).start();
                assertThat(p.waitFor()).isZero();
                return dir.resolve("pipe");
            }), "include-error", "it is not a regular file"),
            new Case("an $include of /dev/zero", including("/dev/zero"), "include-error", "Include path escapes config directory"),
            new Case("an $include of a link to /dev/zero", including("./zero",
                    dir -> Files.createSymbolicLink(dir.resolve("zero"), Path.of("/dev/zero"))), "include-error",
                    "resolves outside config directory (symlink)"),
            new Case("an $include of a symbolic link loop", including("./loop-a.json5", dir -> {
                Files.createSymbolicLink(dir.resolve("loop-a.json5"), Path.of("loop-b.json5"));
                return Files.createSymbolicLink(dir.resolve("loop-b.json5"), Path.of("loop-a.json5"));
            }), "include-error", "it is a symbolic link loop"),
            new Case("an $include outside the config's folder", including("/etc/hostname"), "include-error",
                    "Include path escapes config directory: /etc/hostname"),
            new Case("$include 11 deep", dir -> {
                for (int i = 1; i <= 11; i++) {
                    Files.writeString(dir.resolve("d" + i + ".json5"), "{ $include: \"./d" + (i + 1) + ".json5\" }\n");
                }
                Files.writeString(dir.resolve("d12.json5"), "{}\n");
                return including("./d1.json5").write(dir);
            }, "include-error", "Maximum include depth (10) exceeded"),
            new Case("10,000 duplicate keys", text("c.json5", "{" + String.join(", ",
                    java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "\"a\": " + i).toList()) + "}"),
                    "duplicate-key", "Key \"a\" is shadowed"),
            new Case("a config the system cannot read", dir -> Path.of("/proc/self/mem"), "parse-error",
                    "This file cannot be read: Input/output error."),
            new Case("a named file that does not exist", dir -> dir.resolve("nope.json5"), "parse-error",
                    "This file cannot be read: no such file."));

    @TestFactory
    Stream<DynamicTest> everyHostileInputGivesAClearFinding() {
        return CATALOGUE.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path root = Files.createTempDirectory(dir, "case");
            try {
                runCase(c, c.input().write(root));
            } finally {
                // links out of the folder go before JUnit's clean-up, which warns about each one in the build log
                try (Stream<Path> files = Files.list(root)) {
                    for (Path f : files.filter(Files::isSymbolicLink).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }));
    }

    private static void runCase(Case c, Path file) throws Exception {
        CheckResult result = new Clawlint().check(new CheckRequest(List.of(file), null, Environment.unknown(),
                RuleSettings.DEFAULTS, Severity.ERROR));
        assertThat(result.files()).hasSize(1);
        assertThat(result.diagnostics()).as(c.name()).anySatisfy(d -> {
            assertThat(d.ruleId()).isEqualTo(c.rule());
            assertThat(d.message()).contains(c.words());
        });
        for (String format : Reporters.NAMES) {
            String report = Reporters.byName(format, true).render(result);
            assertThat(report).as(format).isNotEmpty();
            // what a terminal shows: no lone surrogate (printed as '?') and no raw control character
            if (format.equals("text")) {
                assertThat(report.codePoints().filter(cp -> Character.isSurrogate((char) cp) && cp <= 0xFFFF
                        || cp < 0x20 && cp != '\n' && cp != '\t')).as(c.name()).isEmpty();
            }
        }
    }

    private static List<String> lines(CheckResult result) {
        return result.diagnostics().stream().map(Diagnostic::toLine).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e19", "-1e19", "9223372036854775808", "1e300", "18446744073709551616"})
    void wholeNumbersBeyondTheLongRangeInIntegerFieldsAreFindingsNotACrash(String number) throws Exception {
        // the validator read these as a long and threw "asLong() cannot convert value 1.0E19", ending the batch
        String config = "{ agents: { defaults: { maxConcurrent: " + number + ", timeoutSeconds: " + number
                + ", bootstrapTotalMaxChars: " + number + " } } }\n";
        CheckResult result = check(config, "{ agents: { defaults: { maxConcurrent: 2 } } }\n");
        assertThat(result.files()).hasSize(2);
        List<String> found = lines(result);
        for (String field : List.of("maxConcurrent", "timeoutSeconds", "bootstrapTotalMaxChars")) {
            assertThat(found).as(field).anySatisfy(l -> assertThat(l).contains("agents.defaults." + field)
                    .contains("[invalid-value]"));
        }
        assertThat(result.files().get(1).diagnostics()).isEmpty();
    }

    @Test
    void theLargestSafeIntegerIsStillAcceptedAndOneAboveIsNot() throws Exception {
        CheckResult safe = check("{ agents: { defaults: { maxConcurrent: 9007199254740991 } } }\n");
        assertThat(lines(safe)).isEmpty();
        CheckResult above = check("{ agents: { defaults: { maxConcurrent: 9007199254740992 } } }\n");
        assertThat(lines(above)).singleElement().asString().contains("[invalid-value]");
    }

    @Test
    void twoThousandDuplicateKeysOnOneLineGiveAReportThatGrowsWithTheFindingsOnly() throws Exception {
        StringBuilder line = new StringBuilder("{");
        for (int i = 0; i < 2000; i++) {
            line.append("\"a\": ").append(i).append(", ");
        }
        CheckResult result = check(line.append("}\n").toString());
        assertThat(result.diagnostics().stream().filter(d -> d.ruleId().equals("duplicate-key"))).hasSize(1999);
        String text = Reporters.byName("text", true).render(result);
        // each excerpt is a window of the 20 KB line (the whole line each time made 62 MB)
        assertThat(text.length()).isLessThan(2000 * 600);
        assertThat(text).contains("|  ^^^\n").contains("…");
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void aSymbolicLinkLoopIsCalledOneNotAMissingFile() throws Exception {
        Path a = dir.resolve("loop-a.json5");
        Path b = dir.resolve("loop-b.json5");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        CheckResult result = check("{ $include: \"./loop-a.json5\" }\n");
        assertThat(lines(result)).singleElement().asString().contains("[include-error]")
                .contains("it is a symbolic link loop").doesNotContain("no such file");
        // a named file that cannot be read is a finding of its own, the run goes on (#15)
        CheckResult named = new Clawlint().check(new CheckRequest(List.of(a), null, Environment.unknown(),
                RuleSettings.DEFAULTS, Severity.ERROR));
        assertThat(lines(named)).singleElement().asString().contains("[parse-error]")
                .contains("it is a symbolic link loop (the links lead back to each other, never to a file)");
    }

    @Test
    void nonFiniteNumbersAreNamedAndNoFixWritesThem() throws Exception {
        CheckResult result = check("{ models: { providers: { ollama: { baseUrl: \"http://localhost:11434\", api: \"ollama\","
                + " apiKey: \"ollama-local\", models: [{ id: \"qwen3:8b\", name: \"q\", contextWindow: NaN,"
                + " maxTokens: Infinity }, { id: \"b\", name: \"b\", contextWindow: 1e400, params: { num_ctx: 5 } }] } } } }\n",
                "null\n");
        List<String> found = lines(result);
        assertThat(found).noneMatch(l -> l.contains("not a number")).noneMatch(l -> l.contains("not a null"))
                .anyMatch(l -> l.contains("contextWindow must be a number, not NaN (not a finite number"))
                .anyMatch(l -> l.contains("maxTokens must be a number, not Infinity"))
                .anyMatch(l -> l.contains("the config must be an object, not null"));
        assertThat(result.diagnostics()).allSatisfy(d -> {
            if (d.fix() != null) {
                assertThat(d.fix().edits()).allSatisfy(e -> assertThat(e.replacement()).doesNotContain("NaN")
                        .doesNotContain("Infinity"));
            }
        });
    }
}
