package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.loader.EmbeddedNeo4j;
import io.roadmapgraph.server.neo4j.Neo4jConnection;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

class Neo4jConnectionIT {

    @Test
    void usesTheNeo4jThatNeo4jUriNames(@TempDir Path home) {
        try (EmbeddedNeo4j second = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(home, 0));
             Driver direct = second.openDriver()) {
            direct.executableQuery("CREATE (:Marker {name: 'second'})").execute();

            try (TestServer api = TestServer.start(Map.of(
                    "neo4j.uri", second.boltUri().toString(), "roadmap.bootstrap.enabled", false))) {
                Neo4jConnection connection = api.context().getBean(Neo4jConnection.class);
                GraphQLResponse health = api.get("/health", Map.of());

                assertThat(connection.embedded()).isEmpty();
                assertThat(connection.boltUri()).isEqualTo(second.boltUri());
                assertThat(connection.driver().executableQuery("MATCH (m:Marker) RETURN m.name AS name").execute()
                        .records()).extracting(r -> r.get("name").asString()).containsExactly("second");
                assertThat(health.at("/details/neo4j/status").asText()).isEqualTo("UP");
                assertThat(health.at("/details/neo4j/details/uri").asText()).isEqualTo(second.boltUri().toString());
                assertThat(health.at("/details/neo4j/details/embedded").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void startsWhenTheExternalNeo4jIsDownAndReportsItInHealth() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TestServer api = TestServer.start(Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + closedPort,
                "neo4j.connection-timeout", "1s",
                "roadmap.bootstrap.retry-interval", "1s"))) {
            GraphQLResponse health = api.get("/health", Map.of());

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.at("/status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/details/neo4j/status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/details/neo4j/details/error").asText())
                    .startsWith("Neo4j is not reachable (")
                    .doesNotContain("Exception:");
            assertThat(api.graphql("typename").assertNoErrors().at("/data/__typename").asText()).isEqualTo("Query");
        }
    }

    @Test
    void startsItsOwnEmbeddedNeo4jWithoutNeo4jUriAndKeepsItsDataAcrossRestarts(@TempDir Path dataDir) {
        Map<String, Object> embedded = Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", dataDir.toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.embedded.http-port", 0,
                "roadmap.bootstrap.enabled", false);
        for (int start = 1; start <= 2; start++) {
            try (TestServer api = TestServer.start(embedded)) {
                Neo4jConnection connection = api.context().getBean(Neo4jConnection.class);
                GraphQLResponse health = api.get("/health", Map.of());

                assertThat(connection.embedded()).as("start %d", start).isPresent();
                assertThat(connection.boltUri().getHost()).isEqualTo("127.0.0.1");
                assertThat(health.at("/details/neo4j/status").asText()).as(health.body()).isEqualTo("UP");
                assertThat(health.at("/details/neo4j/details/embedded").asBoolean()).isTrue();
                assertThat(connection.driver().executableQuery("MATCH (s:Start) RETURN count(s) AS n").execute()
                        .records().get(0).get("n").asInt()).as("nodes kept from earlier starts").isEqualTo(start - 1);
                connection.driver().executableQuery("CREATE (:Start {number: $n})")
                        .withParameters(Map.of("n", start)).execute();
            }
        }
        assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
    }
}
