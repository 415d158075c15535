package io.roadmapgraph.server.hardening;

import static io.roadmapgraph.server.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.ChildNeo4j;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The server over an external Neo4j ({@code neo4j.uri}) in another process that is killed with {@code kill -9} and
 * started again on the same port and data: meanwhile queries get {@code UNAVAILABLE} and health is DOWN (503);
 * afterwards the same server answers again, without a restart.
 */
class DatabaseOutageIT {

    private static final String QUERY = "{ topic(id: \"rag\") { id title } }";

    @Test
    void answersUnavailableWhileNeo4jIsDownAndRecoversWhenItComesBack(@TempDir Path dir) {
        try (ChildNeo4j neo4j = startLoaded(dir)) {
            // snapshot-max-age 0s: every request reads the revision, so the first one after the kill meets the
            // outage (with the default 1 s, a request within a second of the last revision read answers from the
            // snapshot, as documented in operations.md)
            try (TestServer api = TestServer.start(Map.of("neo4j.uri", neo4j.boltUri().toString(),
                    "neo4j.connection-timeout", "2s", "neo4j.max-retry-time", "1s",
                    "roadmap.query.snapshot-max-age", "0s"))) {
                assertThat(api.query(QUERY, Map.of()).assertNoErrors().at("/data/topic/id").asText()).isEqualTo("rag");
                assertThat(api.get("/health", Map.of()).status()).isEqualTo(200);

                neo4j.kill();

                long start = System.nanoTime();
                GraphQLResponse down = api.query(QUERY, Map.of());
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(down.status()).as(down.body()).isEqualTo(200);
                assertThat(down.errorCodes()).as(down.body()).containsExactly("UNAVAILABLE");
                assertThat(down.errorMessages().get(0)).doesNotContain("Exception", "org.neo4j");
                assertThat(millis).as("a clear answer, not a hang").isLessThan(30_000);
                GraphQLResponse health = api.get("/health", Map.of());
                assertThat(health.status()).as(health.body()).isEqualTo(503);
                assertThat(health.at("/status").asText()).isEqualTo("DOWN");

                neo4j.restart();

                GraphQLResponse back = eventually(() -> api.query(QUERY, Map.of()),
                        r -> r.errorCodes().isEmpty(), Duration.ofSeconds(60));
                assertThat(back.at("/data/topic/title").asText()).isNotBlank();
                assertThat(eventually(() -> api.get("/health", Map.of()), r -> r.status() == 200,
                        Duration.ofSeconds(30)).at("/status").asText()).isEqualTo("UP");
            }
        }
    }

    /** Neo4j in another JVM, in {@code dir/neo4j}, with the bundled roadmap loaded. */
    static ChildNeo4j startLoaded(Path dir) {
        ChildNeo4j neo4j = ChildNeo4j.start(dir.resolve("neo4j"));
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            RoadmapLoader loader = new RoadmapLoader(driver);
            loader.ensureSchema();
            loader.load(RoadmapReader.aiEngineer());
        }
        return neo4j;
    }
}
