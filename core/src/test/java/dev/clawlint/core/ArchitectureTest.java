package dev.clawlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clawlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of DESIGN.md, checked on the main sources of every module: only {@code cli}
 * uses picocli, only {@code maven-plugin} uses Maven's API, only one adapter class uses networknt,
 * and core never reaches into its shells.
 */
class ArchitectureTest {
    private static final Path ROOT = Fixtures.repositoryRoot();
    private static final String NETWORKNT_ADAPTER = "core/src/main/java/dev/clawlint/core/schema/SchemaValidator.java";

    @Test
    void onlyTheCliUsesPicocli() throws IOException {
        assertThat(usersOf("picocli.")).allMatch(f -> f.startsWith("cli/"));
        assertThat(usersOf("picocli.")).isNotEmpty();
    }

    @Test
    void onlyTheMavenPluginUsesMavenApis() throws IOException {
        assertThat(usersOf("org.apache.maven.")).allMatch(f -> f.startsWith("maven-plugin/"));
        assertThat(usersOf("org.apache.maven.")).isNotEmpty();
    }

    @Test
    void onlyOneAdapterClassUsesTheSchemaLibrary() throws IOException {
        assertThat(usersOf("com.networknt.")).containsExactly(NETWORKNT_ADAPTER);
    }

    @Test
    void coreAndSchemaNeverDependOnTheShells() throws IOException {
        for (String shellPackage : List.of("dev.clawlint.cli.", "dev.clawlint.maven.")) {
            assertThat(usersOf(shellPackage)).noneMatch(f -> f.startsWith("core/") || f.startsWith("schema/"));
        }
        assertThat(usersOf("dev.clawlint.core.")).noneMatch(f -> f.startsWith("schema/"));
    }

    @Test
    void theScanSeesEveryModule() throws IOException {
        Set<String> modules = Set.of("schema/", "core/", "cli/", "maven-plugin/", "src-test-fixtures/");
        List<String> files = mainSources();
        for (String module : modules) {
            assertThat(files).as("main sources of %s", module).anyMatch(f -> f.startsWith(module));
        }
    }

    /** Main source files (relative to the repository root) that mention a package, in an import or in code. */
    private static List<String> usersOf(String packagePrefix) throws IOException {
        List<String> users = new ArrayList<>();
        for (String file : mainSources()) {
            String text = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
            if (text.contains(packagePrefix)) {
                users.add(file);
            }
        }
        return users;
    }

    private static List<String> mainSources() throws IOException {
        List<String> out = new ArrayList<>();
        for (String module : List.of("schema", "core", "cli", "maven-plugin", "src-test-fixtures")) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            if (Files.isDirectory(main)) {
                for (Path p : Fixtures.files(main, ".java")) {
                    out.add(ROOT.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }
}
