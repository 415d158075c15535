package io.roadmapgraph.server.graphql.projects;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.query.ProjectNode;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.server.graphql.wiring.BatchLoader;
import io.roadmapgraph.server.graphql.wiring.ChosenTools;
import io.roadmapgraph.server.graphql.wiring.Defaults;
import io.roadmapgraph.server.graphql.wiring.Feature;
import io.roadmapgraph.server.graphql.wiring.Fetchers;
import jakarta.inject.Singleton;

import java.util.List;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.fromSource;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.load;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.text;

/**
 * Practice projects: {@code Query.project}, {@code Query.projectsCovering} and the types {@code Project} and
 * {@code ProjectCoverage} (its fields are the record's). A project's topics are a fact the snapshot holds.
 */
@Singleton
class ProjectFields implements Feature {

    private static final String TOPICS = "topicsOfProject";
    private static final String TOOLS = "toolsOfProject";

    private final RoadmapQueries queries;

    ProjectFields(RoadmapQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<BatchLoader<?>> batchLoaders() {
        return List.of(
                new BatchLoader<>(TOPICS, queries::topicsOfProjects),
                new BatchLoader<>(TOOLS, queries::toolsOfProjects));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        TypeRuntimeWiring.Builder project = TypeRuntimeWiring.newTypeWiring("Project");
        // the fields every list of projects selects, read straight from the node rather than through a property
        // getter looked up per value (bench/benchmarks-notes.md, "algo11")
        project.dataFetcher("id", fromSource(ProjectNode::id));
        project.dataFetcher("number", fromSource(ProjectNode::number));
        text(project, "title", ProjectNode::title);
        text(project, "summary", ProjectNode::summary);
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("project", env -> queries.project(env.getArgument("id")))
                        .dataFetcher("projectsCovering", env -> queries.projectsCovering(Fetchers.ids(env, "skills"),
                                SkillMatch.valueOf(Defaults.<Object>argument(env, "match").toString()),
                                Fetchers.scope(env))))
                .type(project.dataFetcher("topics", load(TOPICS, ProjectNode::id))
                        .dataFetcher("tools", ChosenTools.load(TOOLS, ProjectNode::id)));
    }
}
