package io.roadmapgraph.server.graphql.topic;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.query.RequiresLink;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.server.graphql.wiring.BatchLoader;
import io.roadmapgraph.server.graphql.wiring.ChosenTools;
import io.roadmapgraph.server.graphql.wiring.Entities;
import io.roadmapgraph.server.graphql.wiring.Feature;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.load;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.loadOptional;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.optionalText;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.text;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.texts;

/**
 * A topic: {@code Query.topic} and the types {@code Topic} and {@code Requirement}. Its phase, requirements (both
 * ways) and projects are facts the snapshot holds: with snapshots on, their loaders answer from it (the choice is
 * {@link RoadmapQueries}'); subtopics and tools always read Neo4j, one batch per level.
 */
@Singleton
class TopicFields implements Feature {

    private static final String REQUIRES = "requiresOfTopic";
    private static final String REQUIRED_BY = "requiredByOfTopic";
    private static final String SUBTOPICS = "subtopicsOfTopic";
    private static final String TOOLS = "toolsOfTopic";
    private static final String PROJECTS = "projectsOfTopic";

    private final RoadmapQueries queries;

    TopicFields(RoadmapQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<BatchLoader<?>> batchLoaders() {
        return List.of(
                new BatchLoader<>(REQUIRES, queries::requiresOfTopics),
                new BatchLoader<>(REQUIRED_BY, queries::requiredByOfTopics),
                new BatchLoader<>(SUBTOPICS, queries::subtopicsOfTopics),
                new BatchLoader<>(TOOLS, queries::toolsOfTopics),
                new BatchLoader<>(PROJECTS, queries::projectsOfTopics));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("topic", env -> queries.topic(env.getArgument("id"))))
                .type(topic()).type(requirement());
    }

    private static TypeRuntimeWiring.Builder topic() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Topic");
        text(t, "title", TopicNode::title);
        text(t, "summary", TopicNode::summary);
        t.dataFetcher("titleOrigin", env -> origin(env.<TopicNode>getSource().title().origin()));
        t.dataFetcher("summaryOrigin", env -> origin(env.<TopicNode>getSource().summary().origin()));
        t.dataFetcher("hoursOrigin", env -> origin(env.<TopicNode>getSource().hoursOrigin()));
        optionalText(t, "whenToUse", TopicNode::whenToUse);
        texts(t, "points", TopicNode::points);
        return t.dataFetcher("phase", load(Entities.PHASE, TopicNode::phaseId))
                .dataFetcher("order", env -> env.<TopicNode>getSource().order())
                .dataFetcher("layer", loadOptional(Entities.LAYER, TopicNode::layer))
                .dataFetcher("parent", loadOptional(Entities.TOPIC, TopicNode::parent))
                .dataFetcher("subtopics", load(SUBTOPICS, TopicNode::id))
                .dataFetcher("requires", load(REQUIRES, TopicNode::id))
                .dataFetcher("requiredBy", load(REQUIRED_BY, TopicNode::id,
                        (List<RequiresLink> links) -> links.stream().map(RequiresLink::topic).toList()))
                .dataFetcher("tools", ChosenTools.load(TOOLS, TopicNode::id))
                .dataFetcher("projects", load(PROJECTS, TopicNode::id));
    }

    private static TypeRuntimeWiring.Builder requirement() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Requirement");
        text(t, "reason", RequiresLink::reason);
        t.dataFetcher("reasonOrigin", env -> origin(env.<RequiresLink>getSource().reason().origin()));
        t.dataFetcher("origin", env -> origin(env.<RequiresLink>getSource().origin()));
        return t;
    }

    /** The GraphQL {@code Origin}: its kind, and the rule of an inferred one (null otherwise). */
    private static Map<String, Object> origin(Origin origin) {
        Map<String, Object> value = new java.util.HashMap<>();
        value.put("kind", origin.kind().name());
        value.put("rule", origin.rule().orElse(null));
        return value;
    }
}
