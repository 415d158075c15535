package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.graphql.execution.GraphQLExecution;
import io.roadmapgraph.server.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphQLWarmupIT {

    @Test
    void theServerBuildsItsGraphQLEngineBeforeItsFirstRequest() throws Exception {
        try (TestServer api = TestServer.start(Map.of())) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (api.context().getActiveBeanRegistrations(GraphQLExecution.class).isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(api.context().getActiveBeanRegistrations(GraphQLExecution.class))
                    .as("built without a request").hasSize(1);
            api.query("{ __typename }", Map.of()).assertNoErrors();
        }
    }
}
