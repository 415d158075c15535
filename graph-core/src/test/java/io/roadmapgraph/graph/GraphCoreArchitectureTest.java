package io.roadmapgraph.graph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.roadmapgraph.loader.GraphLoadException;
import io.roadmapgraph.loader.LoadRows;
import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.LoaderOptions;
import io.roadmapgraph.loader.StagingWriter;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.query.GraphChanges;
import io.roadmapgraph.query.SnapshotRows;
import io.roadmapgraph.query.Choice;
import io.roadmapgraph.query.CrossRoadmapCycle;
import io.roadmapgraph.query.GroupNode;
import io.roadmapgraph.query.GroupPicks;
import io.roadmapgraph.query.LearnerProgress;
import io.roadmapgraph.query.LearnerProjects;
import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.LearningStep;
import io.roadmapgraph.query.PhaseNode;
import io.roadmapgraph.query.ProjectCoverage;
import io.roadmapgraph.query.PlanRequest;
import io.roadmapgraph.query.ProjectNode;
import io.roadmapgraph.query.QueryException;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.Requirement;
import io.roadmapgraph.query.RequiresLink;
import io.roadmapgraph.query.RoadmapGraph;
import io.roadmapgraph.query.RoadmapNode;
import io.roadmapgraph.query.RoadmapParts;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.Scope;
import io.roadmapgraph.query.SearchHit;
import io.roadmapgraph.query.StudyPlan;
import io.roadmapgraph.query.ToolNode;
import io.roadmapgraph.query.TopicNode;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the driver-only graph library (quoted in docs/architecture.md). */
class GraphCoreArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.roadmapgraph.graph", "io.roadmapgraph.loader", "io.roadmapgraph.query",
                    "io.roadmapgraph.progress");

    // rule: graph-core never depends on the embedded database, the Neo4j server or Micronaut
    static final ArchRule DRIVER_ONLY = noClasses().that().resideInAnyPackage("io.roadmapgraph.graph..",
                    "io.roadmapgraph.loader..", "io.roadmapgraph.query..", "io.roadmapgraph.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("io.roadmapgraph.embedded..", "org.neo4j.dbms..",
                    "org.neo4j.graphdb..", "org.neo4j.kernel..", "org.neo4j.configuration..", "io.micronaut..",
                    "io.roadmapgraph.server..")
            .because("an app that brings its own Neo4j must not pull in the database or a framework");

    // rule: no cycles between the packages of graph-core
    static final ArchRule NO_CYCLES = slices().matching("io.roadmapgraph.(*)..").should().beFreeOfCycles();

    // rule: graph-core offers its API in few public types; the rest is package-private
    // (package-private classes need no 'internal' package: the compiler keeps other modules out of them)
    static final ArchRule API = noClasses().that().resideInAnyPackage("io.roadmapgraph.graph..",
                    "io.roadmapgraph.loader..", "io.roadmapgraph.query..")
            .and(not(belongToAnyOf(GraphModel.class, Drivers.class, RoadmapLoader.class, LoaderOptions.class,
                    LoadSummary.class, GraphLoadException.class, LoadRows.class, StagingWriter.class,
                    RoadmapQueries.class, Scope.class, QueryOptions.class, QueryException.class, RoadmapGraph.class,
                    RoadmapNode.class, PhaseNode.class, TopicNode.class, ToolNode.class, ProjectNode.class, RoadmapParts.class, Requirement.class,
                    RequiresLink.class, LearningPath.class, LearningStep.class, ProjectCoverage.class,
                    SearchHit.class, LearnerProjects.class, PlanRequest.class, StudyPlan.class, GraphChanges.class,
                    SnapshotRows.class, LearnerProgress.class, Choice.class, GroupPicks.class, GroupNode.class,
                    CrossRoadmapCycle.class)))
            .should().bePublic()
            .because("a library others embed keeps what it offers in few types; Cypher, rows, snapshots and the"
                    + " writer stay package-private beside their only user");

    @Test
    void offersItsApiInFewPublicTypesAndKeepsTheRestPackagePrivate() {
        API.check(CLASSES);
    }

    @Test
    void dependsOnTheDriverAloneNeverOnTheEmbeddedDatabaseTheServerOrMicronaut() {
        DRIVER_ONLY.check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenPackages() {
        NO_CYCLES.check(CLASSES);
    }
}
