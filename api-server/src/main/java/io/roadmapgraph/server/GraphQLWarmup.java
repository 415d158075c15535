package io.roadmapgraph.server;

import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.roadmapgraph.server.graphql.execution.GraphQLExecution;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the GraphQL engine (the schema parsed and wired, the instrumentations) in the background as soon as the
 * server listens, beside the first snapshot's read, instead of inside the first request: a fresh server's first answer
 * then waits for the slower of the two, not for both one after the other.
 */
@Singleton
class GraphQLWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQLWarmup.class);

    private final BeanProvider<GraphQLExecution> execution;

    GraphQLWarmup(BeanProvider<GraphQLExecution> execution) {
        this.execution = execution;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Thread thread = new Thread(() -> {
            try {
                execution.get();
            } catch (RuntimeException e) {
                // the first request builds it then, and reports what is wrong
                LOG.debug("building the GraphQL engine in the background failed", e);
            }
        }, "roadmap-graphql-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
