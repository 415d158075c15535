package io.roadmapgraph.markdown;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries of roadmap-markdown (quoted in docs/architecture.md). */
class MarkdownArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.roadmapgraph.markdown");

    // rule: roadmap-markdown knows no Neo4j and no framework: only the JDK, roadmap-model, commonmark-java and Jackson
    static final ArchRule NO_NEO4J = classes().that().resideInAPackage("io.roadmapgraph.markdown..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.roadmapgraph.markdown..",
                    "io.roadmapgraph.model..", "org.commonmark..", "com.fasterxml.jackson..")
            .because("importing a document is a file-to-file step that needs no database");

    // rule: the public types of roadmap-markdown expose no commonmark-java type: the parser stays an implementation detail
    static final ArchRule PARSER_INSIDE = noClasses().that().resideInAPackage("io.roadmapgraph.markdown..")
            .and().arePublic().should().dependOnClassesThat().resideInAPackage("org.commonmark..")
            .because("users call MarkdownImporter and MarkdownExporter; the parser can change without breaking them");

    @Test
    void knowsNoNeo4jAndNoFramework() {
        NO_NEO4J.check(CLASSES);
    }

    @Test
    void keepsTheParserInsideTheModule() {
        PARSER_INSIDE.check(CLASSES);
    }
}
