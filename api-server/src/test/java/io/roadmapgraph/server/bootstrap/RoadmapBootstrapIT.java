package io.roadmapgraph.server.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.GraphLoadException;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

class RoadmapBootstrapIT {

    @Test
    void startsItsOwnEmbeddedNeo4jAndLoadsTheBundledRoadmapOnceAndExtraFilesByTheirIdUsedOnesFirst(
            @TempDir Path dataDir) throws Exception {
        Map<String, Object> ownEmbedded = Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", dataDir.toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.embedded.http-port", 0,
                "endpoints.health.details-visible", "ANONYMOUS");
        try (TestServer api = TestServer.start(ownEmbedded)) {
            Driver driver = api.context().getBean(Driver.class);
            Neo4jConnection connection = api.context().getBean(Neo4jConnection.class);
            GraphQLResponse health = api.get("/health", Map.of());

            assertThat(connection.embedded()).isPresent();
            assertThat(connection.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(health.at("/details/neo4j/status").asText()).as(health.body()).isEqualTo("UP");
            assertThat(health.at("/details/neo4j/details/embedded").asBoolean()).isTrue();
            assertThat(roadmapIds(driver)).containsExactly("ai-engineer");
            assertThat(count(driver, "MATCH (r:Roadmap {id: 'ai-engineer'})"
                    + " MATCH (:Revision {id: r.revision})-[:INCLUDES]->(t:Topic) RETURN count(t)"))
                    .isGreaterThan(20);
            driver.executableQuery("MATCH (r:Roadmap {id: 'ai-engineer'}) MATCH (v:Revision {id: r.revision})"
                    + " SET v.title = 'kept across restarts'")
                    .execute();
        }

        Map<String, Object> restart = new HashMap<>(ownEmbedded);
        // uses-tiny named first: a roadmap comes after the one it uses, whatever the order of the files
        restart.put("roadmap.bootstrap.files", resource("roadmaps/uses-tiny.yaml") + ","
                + resource("roadmaps/tiny.yaml"));
        try (TestServer api = TestServer.start(restart)) {
            Driver driver = api.context().getBean(Driver.class);

            assertThat(roadmapIds(driver)).containsExactlyInAnyOrder("ai-engineer", "tiny", "uses-tiny");
            assertThat(driver.executableQuery("MATCH (r:Roadmap {id: 'ai-engineer'}) MATCH (v:Revision {id: r.revision})"
                    + " RETURN v.title AS title")
                    .execute().records().get(0).get("title").asString())
                    .as("the bundled roadmap is not loaded again").isEqualTo("kept across restarts");
        }
    }

    @Test
    void refusesToStartWithAnInvalidBootstrapFileAndNamesItsProblem() throws Exception {
        String broken = resource("roadmaps/broken.yaml");

        // read before the Neo4j connection is made: the failure is the connection bean's
        assertThatThrownBy(() -> TestServer.start(Map.of("roadmap.bootstrap.files", broken)).close())
                .rootCause().isInstanceOf(GraphLoadException.class)
                .hasMessageContaining("broken.yaml:9:")
                .hasMessageContaining("faiss");
    }

    @Test
    void startsWhileTheExternalNeo4jIsDownAndLoadsOnceItComesUp(@TempDir Path home) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (TestServer api = TestServer.start(Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + port,
                "neo4j.connection-timeout", "1s",
                "roadmap.bootstrap.retry-interval", "1s",
                "endpoints.health.details-visible", "ANONYMOUS"))) {
            GraphQLResponse down = api.get("/health", Map.of());
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.at("/status").asText()).isEqualTo("DOWN");
            assertThat(down.at("/details/neo4j/status").asText()).isEqualTo("DOWN");
            assertThat(down.at("/details/neo4j/details/error").asText())
                    .startsWith("Neo4j is not reachable (")
                    .doesNotContain("Exception:");
            assertThat(api.graphql("typename").assertNoErrors().at("/data/__typename").asText()).isEqualTo("Query");

            try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(home, port))) {
                RoadmapBootstrap bootstrap = api.context().getBean(RoadmapBootstrap.class);
                awaitTrue(bootstrap::done, Duration.ofSeconds(90));
                GraphQLResponse up = api.get("/health", Map.of());

                assertThat(up.status()).as(up.body()).isEqualTo(200);
                assertThat(up.at("/details/neo4j/status").asText()).isEqualTo("UP");
                assertThat(roadmapIds(api.context().getBean(Neo4jConnection.class).driver()))
                        .containsExactly("ai-engineer");
            }
        }
    }

    private static List<String> roadmapIds(Driver driver) {
        return driver.executableQuery("MATCH (r:Roadmap) RETURN r.id AS id ORDER BY id").execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
    }

    private static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(RoadmapBootstrapIT.class.getResource("/" + name).toURI()).toString();
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not true within " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
