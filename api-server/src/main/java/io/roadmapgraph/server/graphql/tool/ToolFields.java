package io.roadmapgraph.server.graphql.tool;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.ToolNode;
import io.roadmapgraph.server.graphql.wiring.BatchLoader;
import io.roadmapgraph.server.graphql.wiring.Feature;
import jakarta.inject.Singleton;

import java.util.List;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.load;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.text;

/** A tool: {@code Query.tool} and the type {@code Tool}, with the topics and projects that use it. */
@Singleton
class ToolFields implements Feature {

    private static final String TOPICS = "topicsOfTool";
    private static final String PROJECTS = "projectsOfTool";

    private final RoadmapQueries queries;

    ToolFields(RoadmapQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<BatchLoader<?>> batchLoaders() {
        return List.of(
                new BatchLoader<>(TOPICS, queries::topicsUsingTools),
                new BatchLoader<>(PROJECTS, queries::projectsUsingTools));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        TypeRuntimeWiring.Builder tool = TypeRuntimeWiring.newTypeWiring("Tool");
        text(tool, "description", ToolNode::description);
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("tool", env -> queries.tool(env.getArgument("id"))))
                .type(tool.dataFetcher("topics", load(TOPICS, ToolNode::id))
                        .dataFetcher("projects", load(PROJECTS, ToolNode::id)));
    }
}
