package io.roadmapgraph.server.graphql.wiring;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A named batch lookup behind a DataLoader: all keys of one level of a response in one call (one
 * {@code WHERE n.id IN $ids} query, or one look into the snapshot). Keys it does not return resolve to null.
 *
 * @param name  what fetchers ask for ({@link Fetchers#load}); unique across all features
 * @param batch the lookup, e.g. {@code queries::toolsOfTopics}
 */
public record BatchLoader<V>(String name, Function<Collection<String>, ? extends Map<String, V>> batch) {
    public BatchLoader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(batch, "batch");
    }
}
