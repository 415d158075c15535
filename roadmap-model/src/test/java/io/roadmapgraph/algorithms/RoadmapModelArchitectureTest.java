package io.roadmapgraph.algorithms;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of roadmap-model (quoted in docs/architecture.md). */
class RoadmapModelArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.roadmapgraph.model", "io.roadmapgraph.algorithms");

    // rule: roadmap-model knows no Neo4j and no framework: only the JDK, Jackson and SnakeYAML (for reading files)
    static final ArchRule NO_NEO4J = classes().that().resideInAnyPackage("io.roadmapgraph.model..",
                    "io.roadmapgraph.algorithms..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.roadmapgraph.model..",
                    "io.roadmapgraph.algorithms..", "com.fasterxml.jackson..", "org.yaml.snakeyaml..")
            .because("records, reading and validation serve every module, with or without a database");

    // rule: the graph algorithms are plain Java: they know neither roadmap files nor the graph
    static final ArchRule PURE_ALGORITHMS = noClasses().that().resideInAPackage("io.roadmapgraph.algorithms..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.roadmapgraph.algorithms..")
            .because("closure, topological order, learning path, next topics and coverage are tested directly");

    // rule: no cycles between the packages of roadmap-model
    static final ArchRule NO_CYCLES = slices().matching("io.roadmapgraph.(*)..").should().beFreeOfCycles();

    @Test
    void knowsNoNeo4jAndNoFramework() {
        NO_NEO4J.check(CLASSES);
    }

    @Test
    void keepsTheAlgorithmsPlainJava() {
        PURE_ALGORITHMS.check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenPackages() {
        NO_CYCLES.check(CLASSES);
    }
}
