package io.roadmapgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.LogLines;
import io.roadmapgraph.server.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request that fails inside the server is a 500 whose body says nothing of the exception; the log has it. */
class InternalErrorsIT {

    @Test
    void anUnexpectedExceptionIsA500WithoutItsMessageAndIsLoggedWithIt() {
        try (LogLines log = LogLines.of(InternalErrors.class);
             TestServer api = TestServer.start(Map.of(FailingRoute.PROPERTY, true,
                     "roadmap.bootstrap.enabled", false))) {
            GraphQLResponse response = api.get("/test-only/failing", Map.of("Accept", "application/json"));

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.body()).isEqualTo("{\"message\":\"" + InternalErrors.MESSAGE + "\"}")
                    .doesNotContain("IllegalStateException", "hunter2", "/srv/");
            assertThat(log.await(line -> line.startsWith("ERROR unexpected error answering GET /test-only/failing"),
                    Duration.ofSeconds(10))).isNotNull();
        }
    }
}
