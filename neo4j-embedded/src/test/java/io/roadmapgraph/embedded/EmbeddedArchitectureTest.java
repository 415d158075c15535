package io.roadmapgraph.embedded;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundary of neo4j-embedded (quoted in docs/architecture.md). */
class EmbeddedArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.roadmapgraph.embedded");

    // rule: neo4j-embedded opens drivers only through graph-core's Drivers, and knows no Micronaut
    static final ArchRule ONE_WAY_TO_A_DRIVER = noClasses().that().resideInAPackage("io.roadmapgraph.embedded..")
            .should().callMethod(org.neo4j.driver.GraphDatabase.class, "driver", java.net.URI.class,
                    org.neo4j.driver.AuthToken.class, org.neo4j.driver.Config.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.roadmapgraph.server..")
            .because("io.roadmapgraph.graph.Drivers is the one way to open a driver");

    @Test
    void opensDriversOnlyThroughDriversAndKnowsNoFramework() {
        ONE_WAY_TO_A_DRIVER.check(CLASSES);
    }
}
