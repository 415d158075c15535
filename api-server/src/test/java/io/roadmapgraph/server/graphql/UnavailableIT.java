package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.error;

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
}
