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
 * only the schema adapter and the JSON writer use Jackson, and core never reaches into its shells.
 */
class ArchitectureTest {
    private static final Path ROOT = Fixtures.repositoryRoot();
    private static final String NETWORKNT_ADAPTER = "core/src/main/java/dev/clawlint/core/schema/SchemaValidator.java";
    private static final String CORE = "core/src/main/java/dev/clawlint/core/";

    /**
     * The adapters that may use Jackson: the networknt validator works on Jackson trees, so the schema
     * adapter reads schemas and documents into them; everything else builds clawlint's own JSON trees
     * and has {@code util/json/JsonWriter} write them. A new file on this list needs a reason.
     */
    private static final List<String> JACKSON_ADAPTERS = List.of(
            CORE + "schema/DoctorRules.java", // reads the extracted legacy-config rules of openclaw doctor
            CORE + "schema/EditorSchema.java", // composes the per-release schema editors get
            CORE + "schema/LegacyMigrations.java", // older releases' on-load rewrites, on the Jackson copy
            CORE + "schema/LoadMigrations.java", // migrates the validated copy of a document, as Jackson tree
            CORE + "schema/ReleaseChecks.java", // reads each release's generated checks beyond its schema
            CORE + "schema/ReleaseSchema.java", // reads each release's bundled schema, section by section
            CORE + "schema/RetiredKeys.java", // reads the generated differences between releases
            CORE + "schema/SchemaDocument.java", // holds the schema tree and follows $ref
            CORE + "schema/SchemaNode.java", // one place of it, answered in plain Java types
            NETWORKNT_ADAPTER,
            CORE + "schema/UpstreamSchema.java", // reads the user's `openclaw config schema` output
            CORE + "util/json/JsonWriter.java"); // writes reports, resolve output and the rule catalogue

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
    void onlyTheAdaptersUseJackson() throws IOException {
        List<String> users = new ArrayList<>(usersOf("tools.jackson."));
        usersOf("com.fasterxml.").stream().filter(f -> !users.contains(f)).forEach(users::add);
        assertThat(users).containsExactlyInAnyOrderElementsOf(JACKSON_ADAPTERS);
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
