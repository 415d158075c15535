package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.Eventually;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.testkit.ChildNeo4j;
import io.roadmapgraph.testkit.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Neo4j that is down (issue 12, item 6): once a read has found it unreachable, every query answers
 * {@code UNAVAILABLE} at once with one error, instead of each field waiting for the driver's timeouts; when Neo4j is
 * back, a background probe closes the breaker and the same server answers again.
 */
class DatabaseBreakerIT {

    /** Eight fields that each read the graph: on main they waited 8 times for the driver (36 s). */
    private static final String EIGHT_READS = IntStream.range(0, 8)
            .mapToObj(i -> "t" + i + ": topic(id: \"rag\") { id requires { topic { id } } }")
            .collect(Collectors.joining(" ", "{ ", " }"));

    @Test
    void answersUnavailableFastWhileNeo4jIsDownAndRecoversWhenItComesBack(@TempDir Path dir) {
        try (ChildNeo4j neo4j = DatabaseOutageIT.startLoaded(dir)) {
            try (TestServer api = TestServer.start(Map.of("neo4j.uri", neo4j.boltUri().toString(),
                    "neo4j.connection-timeout", "2s", "neo4j.max-retry-time", "1s",
                    "roadmap.query.snapshot-max-age", "0s", "roadmap.query.snapshot", false,
                    "roadmap.breaker.probe-interval", "500ms", "roadmap.bootstrap.enabled", false))) {
                assertThat(api.query(EIGHT_READS, Map.of()).assertNoErrors().at("/data/t7/id").asText())
                        .isEqualTo("rag");

                neo4j.kill();

                long start = System.nanoTime();
                GraphQLResponse first = api.query(EIGHT_READS, Map.of());
                Duration firstTook = Duration.ofNanos(System.nanoTime() - start);
                start = System.nanoTime();
                GraphQLResponse second = api.query(EIGHT_READS, Map.of());
                Duration secondTook = Duration.ofNanos(System.nanoTime() - start);

                assertThat(first.errorCodes()).as(first.body()).containsExactly("UNAVAILABLE");
                assertThat(first.errorMessages().get(0)).isEqualTo(
                        "the graph database is not reachable right now; try again later");
                assertThat(firstTook).as("one wait for the driver (2 s connection timeout, 1 s retries), not eight")
                        .isLessThan(Duration.ofSeconds(12));
                assertThat(second.errorCodes()).as(second.body()).containsExactly("UNAVAILABLE");
                assertThat(secondTook).as("known to be down: no wait at all").isLessThan(Duration.ofSeconds(1));

                neo4j.restart();
                // no query meanwhile: the probe runs by itself (before, only a query started it, and was refused)
                Eventually.eventually(() -> api.get("/health", Map.of()), r -> r.status() == 200,
                        Duration.ofSeconds(60));
                ChildProcess.sleep(1_500);

                GraphQLResponse back = api.query(EIGHT_READS, Map.of());
                assertThat(back.errorCodes()).as("the first query once Neo4j is back: %s", back.body()).isEmpty();
                assertThat(back.at("/data/t0/requires").isArray()).isTrue();
            }
        }
    }
}
