package io.roadmapgraph.graph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the driver-only graph library (quoted in docs/architecture.md). */
class GraphCoreArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.roadmapgraph.graph", "io.roadmapgraph.loader", "io.roadmapgraph.query");

    // rule: graph-core never depends on the embedded database, the Neo4j server or Micronaut
    static final ArchRule DRIVER_ONLY = noClasses().that().resideInAnyPackage("io.roadmapgraph.graph..",
                    "io.roadmapgraph.loader..", "io.roadmapgraph.query..")
            .should().dependOnClassesThat().resideInAnyPackage("io.roadmapgraph.embedded..", "org.neo4j.dbms..",
                    "org.neo4j.graphdb..", "org.neo4j.kernel..", "org.neo4j.configuration..", "io.micronaut..",
                    "io.roadmapgraph.server..")
            .because("an app that brings its own Neo4j must not pull in the database or a framework");

    // rule: nothing outside a package's parent uses its internal package
    static final ArchRule INTERNAL = noClasses().that().resideOutsideOfPackages("io.roadmapgraph.graph..",
                    "io.roadmapgraph.loader..", "io.roadmapgraph.query..")
            .should().dependOnClassesThat().resideInAnyPackage("io.roadmapgraph..internal..")
            .allowEmptyShould(true)
            .because("internal packages are no API");

    // rule: no cycles between the packages of graph-core
    static final ArchRule NO_CYCLES = slices().matching("io.roadmapgraph.(*)..").should().beFreeOfCycles();

    @Test
    void dependsOnTheDriverAloneNeverOnTheEmbeddedDatabaseTheServerOrMicronaut() {
        DRIVER_ONLY.check(CLASSES);
    }

    @Test
    void keepsInternalPackagesToThemselves() {
        INTERNAL.check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenPackages() {
        NO_CYCLES.check(CLASSES);
    }
}
