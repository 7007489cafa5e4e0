package dev.clawlint.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of the house, enforced: each package of {@code core} may depend only on the packages
 * below it in {@link #LAYERS}, and no two packages (sub-packages included) form a cycle. The way a
 * config travels — read, resolve, lint, fix, report, one door — is the order of this list.
 */
class LayersTest {
    /** Bottom first. A package depends on nothing above its own line. */
    static final List<String> LAYERS = List.of(
            "util", // small helpers with no domain knowledge
            "source", // files, positions, ranges
            "finding", // the finding model: Diagnostic, Severity, RuleMeta, Category, Fix, TextEdit
            "tree", // the document tree with spans
            "knowledge", // facts about OpenClaw and local backends
            "edit", // text edits built from the tree (below both rules and fix)
            "load", // bytes -> JSON5 -> $include -> ${VAR} -> document
            "schema", // the schema adapter
            "resolve", // the effective config
            "lint", // the engine, the rule API, results
            "rules", // the rules and their registry
            "fix", // applying the rules' fixes
            "report", // renderers
            "api"); // one door per job

    private static final String CORE = "dev.clawlint.core.";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.clawlint.core");

    @Test
    void noPackageDependsOnALayerAboveIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> CORE + l + "..").toArray(String[]::new);
            if (above.length == 0) {
                continue;
            }
            noClasses().that().resideInAPackage(CORE + LAYERS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because("package " + LAYERS.get(i) + " sits below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
                    .check(CLASSES);
        }
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching("dev.clawlint.core.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageOfCoreHasALayer() {
        noClasses().should().resideOutsideOfPackages(LAYERS.stream().map(l -> CORE + l + "..").toArray(String[]::new))
                .check(CLASSES);
    }
}
