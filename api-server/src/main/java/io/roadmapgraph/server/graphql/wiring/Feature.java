package io.roadmapgraph.server.graphql.wiring;

import graphql.schema.idl.RuntimeWiring;

import java.util.List;

/**
 * One feature of the API (a package such as {@code ...graphql.topic}): the data fetchers of its fields and the batch
 * loaders they use, side by side. Every {@code Feature} bean is collected by {@link GraphQLFactory} (its fetchers) and
 * {@link BatchLoaders} (its loaders), so a new field is a line in {@code schema.graphqls} and a line or two in one
 * feature class. Features do not know each other; what several share (the entities by id) is {@link Entities}.
 */
public interface Feature {

    /** Adds this feature's data fetchers. */
    void wire(RuntimeWiring.Builder wiring);

    /** The batch loaders this feature's fetchers use; each name once across all features. */
    default List<BatchLoader<?>> batchLoaders() {
        return List.of();
    }
}
