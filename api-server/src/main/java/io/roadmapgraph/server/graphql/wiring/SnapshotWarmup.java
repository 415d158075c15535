package io.roadmapgraph.server.graphql.wiring;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.inject.Singleton;

/**
 * Starts reading the query snapshot in the background as soon as the server listens, so that the first traversal
 * does not wait for a whole read (at 100k topics most of it is done by then), and so that a snapshot is held before
 * the first load: after a load the held one answers until its successor is ready, no answer waits for the rebuild.
 * It runs after the port opened, so it does not delay the first answer of the start-up.
 */
@Singleton
class SnapshotWarmup {

    private final RoadmapQueries queries;

    SnapshotWarmup(RoadmapQueries queries) {
        this.queries = queries;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        queries.prepareSnapshot();
    }
}
