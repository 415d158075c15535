package io.roadmapgraph.server.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.context.annotation.Value;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the GraphQL layer (docs/architecture.md quotes these rules): features beside each other, joined
 * only through the shared wiring and execution packages; the HTTP controller knows execution, not the query library.
 */
class ServerArchitectureTest {

    private static final String GRAPHQL = "io.roadmapgraph.server.graphql";
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.roadmapgraph.server");

    private static final DescribedPredicate<JavaClass> SHARED = JavaClass.Predicates.resideInAnyPackage(
            GRAPHQL + ".wiring..", GRAPHQL + ".execution..");

    @Test
    void featurePackagesDependOnEachOtherOnlyThroughWiringAndExecution() {
        ArchRule rule = slices().matching(GRAPHQL + ".(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), SHARED)
                .ignoreDependency(SHARED, DescribedPredicate.alwaysTrue());
        rule.check(SERVER);
    }

    @Test
    void theSharedPackagesKnowNoFeature() {
        noClasses().that().resideInAnyPackage(GRAPHQL + ".wiring..", GRAPHQL + ".execution..", GRAPHQL + ".http..")
                .should().dependOnClassesThat().resideInAnyPackage(GRAPHQL + ".roadmap..", GRAPHQL + ".topic..",
                        GRAPHQL + ".tool..", GRAPHQL + ".projects..", GRAPHQL + ".path..", GRAPHQL + ".search..",
                        GRAPHQL + ".plan..", GRAPHQL + ".progress..", GRAPHQL + ".choices..")
                .check(SERVER);
    }

    @Test
    void theControllerDoesTransportOnlyAndNeverReachesIntoTheQueryLibrary() {
        noClasses().that().resideInAPackage(GRAPHQL + ".http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.roadmapgraph.query..", GRAPHQL + ".wiring..",
                        "org.dataloader..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("graphql.GraphQL")
                .check(SERVER);
    }

    @Test
    void noSettingOfTheServerIsReadWithValueAndADefaultOfItsOwn() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("io.roadmapgraph.server..")
                .should(haveNoParameterAnnotatedWithValue())
                .check(SERVER);
    }

    private static ArchCondition<JavaCodeUnit> haveNoParameterAnnotatedWithValue() {
        return new ArchCondition<>("have no parameter annotated with @Value (typed settings hold the defaults)") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (JavaParameter parameter : unit.getParameters()) {
                    if (parameter.isAnnotatedWith(Value.class)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " reads a setting with @Value"));
                    }
                }
            }
        };
    }
}
