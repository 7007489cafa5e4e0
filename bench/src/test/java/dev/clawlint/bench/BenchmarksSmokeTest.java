package dev.clawlint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.core.api.CheckRequest;
import dev.clawlint.core.api.Clawlint;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Keeps the benchmarks from rotting: every {@code @Benchmark} method of every benchmark class runs once, for
 * every {@code @Param} value, through its state's {@code @Setup}/{@code @TearDown}, in this JVM and without JMH
 * (no forks, no iterations), so the whole smoke takes seconds. It measures nothing and asserts no time: it
 * fails only when a benchmark throws or its inputs are gone. The figures come from {@code bench/compare.sh}.
 */
class BenchmarksSmokeTest {
    private static final List<Class<?>> BENCHMARKS = List.of(StageBenchmark.class, SchemaCompileBenchmark.class);
    /**
     * The inputs the smoke runs {@link StageBenchmark} on: the typical config and a small generated one take the
     * same code paths as the large cases in a fraction of the time (the 10,000-provider case alone takes tens of
     * seconds); {@link #everyCaseHasItsFiles} checks that the others' inputs are there.
     */
    private static final List<String> STAGE_SMOKE_INPUTS = List.of("typical", "providers-10");

    @TempDir
    static Path generated;
    private static String before;

    @BeforeAll
    static void shareGeneratedConfigs() {
        before = System.getProperty("clawlint.generated");
        System.setProperty("clawlint.generated", generated.toString());
    }

    @AfterAll
    static void restore() {
        if (before == null) {
            System.clearProperty("clawlint.generated");
        } else {
            System.setProperty("clawlint.generated", before);
        }
    }

    /** One state per benchmark class and parameter value (each parameter's values in turn, the others at their first). */
    static List<Object[]> states() {
        List<Object[]> out = new ArrayList<>();
        for (Class<?> type : BENCHMARKS) {
            List<Field> params = Arrays.stream(type.getFields()).filter(f -> f.isAnnotationPresent(Param.class))
                    .sorted(Comparator.comparing(Field::getName)).toList();
            if (params.isEmpty()) {
                out.add(new Object[] {type, "", ""});
            }
            for (Field f : params) {
                List<String> values = type == StageBenchmark.class && f.getName().equals("input") ? STAGE_SMOKE_INPUTS
                        : List.of(f.getAnnotation(Param.class).value());
                for (String value : values) {
                    out.add(new Object[] {type, f.getName(), value});
                }
            }
        }
        return out;
    }

    @Test
    void everyCaseHasItsFiles() throws Exception {
        for (String input : StageBenchmark.class.getField("input").getAnnotation(Param.class).value()) {
            List<Path> files = BenchCases.files(input, generated);
            assertThat(files).as(input).isNotEmpty().allSatisfy(f -> assertThat(f).isRegularFile());
        }
        assertThat(List.of(StageBenchmark.class.getField("input").getAnnotation(Param.class).value()))
                .containsExactlyElementsOf(BenchCases.NAMES);
    }

    /** The generated configs are clean, so every tool does its whole work on them and no report of findings is timed. */
    @Test
    void generatedConfigsAreClean() throws Exception {
        Path file = GeneratedConfigs.write(generated, 10);
        assertThat(new Clawlint().check(CheckRequest.of(List.of(file))).diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("states")
    void everyBenchmarkMethodRunsOnce(Class<?> type, String param, String value) throws Exception {
        Object state = type.getDeclaredConstructor().newInstance();
        if (!param.isEmpty()) {
            type.getField(param).set(state, value);
        }
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        List<Method> methods = Arrays.stream(type.getMethods()).sorted(Comparator.comparing(Method::getName)).toList();
        invokeAll(methods, Setup.class, state, bh);
        int ran = 0;
        try {
            for (Method m : methods) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    Object result = m.invoke(state, arguments(m, bh));
                    bh.consume(result);
                    ran++;
                }
            }
        } finally {
            invokeAll(methods, TearDown.class, state, bh);
            bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        }
        assertThat(ran).as("benchmark methods of %s", type.getSimpleName()).isPositive();
    }

    private static void invokeAll(List<Method> methods, Class<? extends java.lang.annotation.Annotation> kind, Object state,
            Blackhole bh) throws Exception {
        for (Method m : methods) {
            if (m.isAnnotationPresent(kind)) {
                m.invoke(state, arguments(m, bh));
            }
        }
    }

    private static Object[] arguments(Method m, Blackhole bh) {
        Object[] args = new Object[m.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            if (m.getParameterTypes()[i] != Blackhole.class) {
                throw new IllegalStateException(m + " takes a parameter the smoke test cannot give: " + m.getParameterTypes()[i]);
            }
            args[i] = bh;
        }
        return args;
    }
}
