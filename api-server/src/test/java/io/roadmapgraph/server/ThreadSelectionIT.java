package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.idl.RuntimeWiring;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.roadmapgraph.server.graphql.wiring.Feature;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data fetchers call the blocking Neo4j driver: they must never run on a Netty event-loop thread. */
class ThreadSelectionIT {

    static final String PROBE = "test.thread-probe";

    @Test
    void runsDataFetchersOnTheBlockingExecutor() {
        try (TestServer api = TestServer.start(Map.of(PROBE, true, "roadmap.bootstrap.enabled", false))) {
            GraphQLResponse response = api.query("{ roadmaps { id } }", Map.of()).assertNoErrors();

            assertThat(response.at("/data/roadmaps/0/id").asText())
                    .startsWith("io-executor-thread-")
                    .doesNotContainIgnoringCase("eventloop");
        }
    }

    /** Answers {@code roadmaps} with the name of the thread that ran the fetcher; only where the probe is on. */
    @Singleton
    @Order(Integer.MAX_VALUE)
    @Requires(property = PROBE, value = "true")
    static class ThreadProbe implements Feature {

        @Override
        public void wire(RuntimeWiring.Builder builder) {
            builder.type("Query", type -> type.dataFetcher("roadmaps",
                    env -> List.of(Map.of("id", Thread.currentThread().getName()))));
        }
    }
}
