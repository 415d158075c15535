package io.roadmapgraph.server.graphql.wiring;

import graphql.schema.idl.RuntimeWiring;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The loaders of the entities by id that several features point at (a route step's topics, a search hit's tool, a
 * learning step's goals...). Whether they read the snapshot or Neo4j is {@link RoadmapQueries}' choice, made in one
 * place there.
 */
@Singleton
public final class Entities implements Feature {

    public static final String ROADMAP = "roadmap";
    public static final String TOPIC = "topic";
    public static final String TOOL = "tool";
    public static final String PROJECT = "project";
    public static final String PHASE = "phase";
    public static final String LAYER = "layer";

    private final RoadmapQueries queries;

    Entities(RoadmapQueries queries) {
        this.queries = queries;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        // entities have no fields of their own here: each type's feature wires them
    }

    @Override
    public List<BatchLoader<?>> batchLoaders() {
        return List.of(
                new BatchLoader<>(ROADMAP, queries::roadmapsByIds),
                new BatchLoader<>(TOPIC, queries::topicsByIds),
                new BatchLoader<>(TOOL, queries::toolsByIds),
                new BatchLoader<>(PROJECT, queries::projectsByIds),
                new BatchLoader<>(PHASE, queries::phasesByIds),
                new BatchLoader<>(LAYER, queries::layersByIds));
    }
}
