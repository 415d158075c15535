package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.server.neo4j.DatabaseBreaker;
import io.roadmapgraph.server.neo4j.Neo4jFactory;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.LogLines;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.testkit.ChildProcess;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server whose Neo4j answers but refuses it (a wrong password, a database name it does not have) answers
 * {@code UNAVAILABLE} with what was refused, not {@code INTERNAL}; health is DOWN and says why, and the start-up log
 * names the settings to correct. Before, every field of every query was {@code INTERNAL}, each logged with the driver's
 * stack trace, and each query tried the wrong password again.
 */
class RefusedByNeo4jIT {

    private static final String PASSWORD = "the-right-password";
    private static final String UNAVAILABLE = "the graph database is not reachable right now; try again later";
    private static final String REFUSED_CREDENTIALS =
            "the graph database refused the credentials (user name and password) it is connected with";

    @AutoClose
    private static final EmbeddedNeo4j neo4j =
            EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary().withPassword(PASSWORD));

    @Test
    void aWrongPasswordIsUnavailableAndTheLogNamesTheSettingsToCorrect() {
        try (LogLines log = LogLines.of(Neo4jFactory.class);
             LogLines breaker = LogLines.of(DatabaseBreaker.class);
             TestServer server = server(Map.of("neo4j.password", "not-" + PASSWORD))) {
            error(server.graphql("topic", Map.of("id", "rag")).json(), "UNAVAILABLE",
                    REFUSED_CREDENTIALS + "; try again later");
            // the breaker is open now: no further login attempts, one error however many fields
            JsonNode later = error(server.graphql("learningPath", Map.of("goals", List.of("rag"))).json(),
                    "UNAVAILABLE", UNAVAILABLE);
            assertThat(later.at("/extensions/classification").asText()).isEqualTo("UNAVAILABLE");
            assertDownBecause(server, REFUSED_CREDENTIALS);
            assertThat(log.await(line -> line.contains("refuses this server"), Duration.ofSeconds(30)))
                    .isEqualTo("WARN Neo4j at " + neo4j.boltUri() + " answers but refuses this server: the graph"
                            + " database refused the credentials (user name and password) it is connected with (user"
                            + " neo4j); check NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; health reports DOWN and"
                            + " queries answer UNAVAILABLE until they are right");
            assertThat(breaker.await(line -> line.contains("refuses this server"), Duration.ofSeconds(30)))
                    .isEqualTo("WARN Neo4j refuses this server: " + REFUSED_CREDENTIALS + "; answering UNAVAILABLE at"
                            + " once, and trying again every 60 s");
        }
    }

    @Test
    void aServerWithAWrongPasswordDoesNotLockTheUserForClientsWithTheRightOne() {
        try (TestServer server = server(Map.of("neo4j.password", "not-" + PASSWORD))) {
            assertDownBecause(server, REFUSED_CREDENTIALS);
            // the refused logins so far (start-up, first snapshot, health) locked the user for 5 s
            ChildProcess.sleep(6_000);

            // a load balancer polls /health while the loader logs in with the right password, for 10 s: each login
            // succeeds (on main the breaker's probe every 2 s and every health check logged in with the wrong one)
            for (int second = 0; second < 10; second++) {
                assertDownBecause(server, REFUSED_CREDENTIALS);
                try (Driver loader = GraphDatabase.driver(neo4j.boltUri(),
                        AuthTokens.basic(EmbeddedNeo4j.USER, PASSWORD))) {
                    loader.verifyConnectivity();
                }
                ChildProcess.sleep(1_000);
            }
        }
    }

    @Test
    void aDatabaseNameNeo4jDoesNotHaveIsUnavailable() {
        try (TestServer server = server(Map.of("neo4j.password", PASSWORD, "neo4j.database", "nosuchdb"))) {
            error(server.graphql("topic", Map.of("id", "rag")).json(), "UNAVAILABLE",
                    "the graph database has no database by the name it is set to use; try again later");
            assertDownBecause(server, "the graph database has no database by the name it is set to use");
        }
    }

    private static TestServer server(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("neo4j.uri", neo4j.boltUri().toString());
        all.put("neo4j.max-retry-time", "0s");
        all.put("roadmap.bootstrap.enabled", false);
        all.put("endpoints.health.details-visible", "ANONYMOUS");
        return TestServer.start(all);
    }

    private static void assertDownBecause(TestServer server, String error) {
        GraphQLResponse health = server.get("/health", Map.of());
        assertThat(health.status()).as(health.body()).isEqualTo(503);
        JsonNode neo4jHealth = health.at("/details/neo4j");
        assertThat(neo4jHealth.path("status").asText()).isEqualTo("DOWN");
        assertThat(neo4jHealth.at("/details/error").asText()).isEqualTo(error);
    }
}
