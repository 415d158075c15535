package io.roadmapgraph.server;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.roadmapgraph.server.graphql.execution.GraphQLExecution;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the GraphQL engine (the schema parsed and wired, the instrumentations) in the background as soon as the
 * application context has started (the roadmaps loaded, the HTTP server not yet listening), beside the HTTP server's
 * start and the first snapshot's read, instead of inside the first request or after the port opened: a fresh
 * server's first answer then waits for the slowest of these, not for them one after the other.
 */
@Singleton
class GraphQLWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQLWarmup.class);

    private final BeanProvider<GraphQLExecution> execution;

    GraphQLWarmup(BeanProvider<GraphQLExecution> execution) {
        this.execution = execution;
    }

    @EventListener
    void onStartup(StartupEvent event) {
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
