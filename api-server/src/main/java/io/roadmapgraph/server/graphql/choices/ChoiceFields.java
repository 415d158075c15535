package io.roadmapgraph.server.graphql.choices;

import graphql.schema.DataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.query.GroupNode;
import io.roadmapgraph.query.PhaseNode;
import io.roadmapgraph.query.Requirement;
import io.roadmapgraph.query.RoadmapNode;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.ToolNode;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.server.graphql.wiring.BatchLoader;
import io.roadmapgraph.server.graphql.wiring.Entities;
import io.roadmapgraph.server.graphql.wiring.Feature;
import jakarta.inject.Singleton;
import org.dataloader.DataLoader;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.fromSource;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.load;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.optionalText;

/**
 * Requirement groups, electives and tool alternatives (issue 16): the type {@code RequirementGroup} with its options
 * and owner (the unions {@code GroupOption} and {@code GroupOwner}), the groups of a topic ({@code Topic
 * .requirementGroups}, {@code Prerequisite.requirementGroups}) and those that list a topic or tool
 * ({@code optionOf}), and {@code GroupPick}, the decision a learningPath or plan took on a group.
 */
@Singleton
class ChoiceFields implements Feature {

    private static final String GROUP = "requirementGroup";
    private static final String GROUPS_OF_TOPIC = "requirementGroupsOfTopic";
    private static final String GROUPS_WITH_OPTION = "groupsWithOption";

    private final RoadmapQueries queries;

    ChoiceFields(RoadmapQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<BatchLoader<?>> batchLoaders() {
        return List.of(
                new BatchLoader<>(GROUP, queries::groupsByIds),
                new BatchLoader<>(GROUPS_OF_TOPIC, queries::groupsOfTopics),
                new BatchLoader<>(GROUPS_WITH_OPTION, queries::groupsWithOptions));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        TypeRuntimeWiring.Builder group = TypeRuntimeWiring.newTypeWiring("RequirementGroup")
                .dataFetcher("default", fromSource((GroupNode g) -> g.preferred().orElse(null)))
                .dataFetcher("optionIds", fromSource(GroupNode::optionIds))
                .dataFetcher("options", options())
                .dataFetcher("owner", owner());
        optionalText(group, "reason", GroupNode::reason);
        wiring.type(group)
                .type(TypeRuntimeWiring.newTypeWiring("GroupOption").typeResolver(byClass()))
                .type(TypeRuntimeWiring.newTypeWiring("GroupOwner").typeResolver(byClass()))
                .type(TypeRuntimeWiring.newTypeWiring("GroupPick")
                        .dataFetcher("requirementGroup", load(GROUP, ChoicePlanner.Pick::group)))
                .type(TypeRuntimeWiring.newTypeWiring("Topic")
                        .dataFetcher("requirementGroups", load(GROUPS_OF_TOPIC, TopicNode::id))
                        .dataFetcher("optionOf", load(GROUPS_WITH_OPTION, TopicNode::id)))
                .type(TypeRuntimeWiring.newTypeWiring("Tool")
                        .dataFetcher("optionOf", load(GROUPS_WITH_OPTION, ToolNode::id)))
                .type(TypeRuntimeWiring.newTypeWiring("Prerequisite")
                        .dataFetcher("requirementGroups", load(GROUPS_OF_TOPIC, (Requirement r) -> r.topic().id())));
    }

    /** Each option loaded by its kind, in the group's order. */
    private static DataFetcher<CompletableFuture<List<Object>>> options() {
        return env -> {
            List<CompletableFuture<Object>> loads = env.<GroupNode>getSource().options().stream()
                    .map(o -> env.<String, Object>getDataLoader(switch (o.kind()) {
                        case TOPIC -> Entities.TOPIC;
                        case TOOL -> Entities.TOOL;
                        case GROUP -> GROUP;
                    }).load(o.id())).toList();
            return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
                    .thenApply(done -> loads.stream().map(CompletableFuture::join)
                            .filter(java.util.Objects::nonNull).toList());
        };
    }

    /** The topic that requires the group, the phase of electives, the roadmap of a tool alternative. */
    private static DataFetcher<CompletableFuture<Object>> owner() {
        return env -> {
            GroupNode g = env.getSource();
            DataLoader<String, Object> loader = env.getDataLoader(switch (g.scope()) {
                case REQUIRES -> Entities.TOPIC;
                case ELECTIVES -> Entities.PHASE;
                case TOOLS -> Entities.ROADMAP;
            });
            return loader.load(g.owner());
        };
    }

    /** The GraphQL object type of a record the library answers with. */
    private static TypeResolver byClass() {
        return env -> {
            Object value = env.getObject();
            String type = value instanceof TopicNode ? "Topic" : value instanceof ToolNode ? "Tool"
                    : value instanceof GroupNode ? "RequirementGroup" : value instanceof PhaseNode ? "Phase"
                    : value instanceof RoadmapNode ? "Roadmap" : null;
            return type == null ? null : env.getSchema().getObjectType(type);
        };
    }
}
