package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.server.neo4j.Neo4jFactory;
import io.roadmapgraph.server.testing.LogLines;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.error;
import static org.assertj.core.api.Assertions.assertThat;

/** A server whose Neo4j cannot be reached answers UNAVAILABLE, without the driver's words. */
class UnavailableIT {

    @Test
    void aQueryWhileTheDatabaseIsDownIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TestServer down = TestServer.start(Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + closedPort,
                "neo4j.max-retry-time", "0s",
                "neo4j.connection-timeout", "2s"))) {
            JsonNode response = down.graphql("topic", Map.of("id", "rag")).json();
            error(response, "UNAVAILABLE", "the graph database is not reachable right now; try again later");
        }
    }

    @Test
    void aClusterUriWhoseHostIsUnknownIsUnavailableAndTheStartUpSaysWhy() {
        try (LogLines log = LogLines.of(Neo4jFactory.class);
             TestServer down = TestServer.start(Map.of(
                     "neo4j.uri", "neo4j://nonexistent.invalid:7687",
                     "neo4j.max-retry-time", "0s",
                     "neo4j.connection-timeout", "2s"))) {
            JsonNode response = down.graphql("topic", Map.of("id", "rag")).json();

            error(response, "UNAVAILABLE", "the graph database is not reachable right now; try again later");
            assertThat(response.toString()).doesNotContain("nonexistent", "Driver execution failed");
            assertThat(log.await(line -> line.contains("is not reachable yet"), Duration.ofSeconds(30)))
                    .isEqualTo("WARN Neo4j at neo4j://nonexistent.invalid:7687 is not reachable yet (unknown host"
                            + " nonexistent.invalid); health reports DOWN until it is");
        }
    }
}
