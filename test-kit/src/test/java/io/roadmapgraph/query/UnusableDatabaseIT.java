package io.roadmapgraph.query;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.loader.GraphLoadException;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.progress.Neo4jProgressStore;
import io.roadmapgraph.progress.ProgressException;
import io.roadmapgraph.testkit.SharedNeo4j;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Neo4j that refuses what the library connects with (the password, the database name), or a cluster URI whose host
 * is unknown: queries, progress and loads fail with the library's own exceptions, saying what is wrong, never with a
 * driver exception (before, queries let {@code AuthenticationException}, {@code FatalDiscoveryException} and the
 * routing driver's bare "Driver execution failed" through, which the API answered as {@code INTERNAL}).
 */
class UnusableDatabaseIT {

    private static final String PASSWORD = "the-right-password";
    private static final String REFUSED_CREDENTIALS =
            "the graph database refused the credentials (user name and password) it is connected with; try again later";
    private static final String NO_SUCH_DATABASE =
            "the graph database has no database by the name it is set to use; try again later";
    private static final String UNREACHABLE = "the graph database is not reachable right now; try again later";
    private static final Drivers.Settings QUICK = Drivers.Settings.DEFAULTS
            .withConnectionTimeout(Duration.ofSeconds(2)).withMaxRetryTime(Duration.ZERO);

    @AutoClose
    private static final EmbeddedNeo4j withPassword =
            EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary().withPassword(PASSWORD));

    @Test
    void aWrongPasswordMakesQueriesAndProgressUnavailableAndSaysTheCredentialsWereRefused() {
        try (Driver driver = wrongPassword()) {
            assertUnavailable(driver, QueryOptions.DEFAULTS, REFUSED_CREDENTIALS);
        }
    }

    @Test
    void aWrongPasswordGivenOverAndOverIsStillReportedAsRefusedCredentialsNotAsATlsProblem() {
        // after a few failed logins Neo4j answers with a rate limit (a SecurityException of another code)
        try (Driver driver = wrongPassword()) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThatThrownBy(() -> new RoadmapLoader(driver).load(RoadmapReader.aiEngineer()))
                        .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                            assertThat(e.kind()).isEqualTo(GraphLoadException.Kind.DATABASE_UNREACHABLE);
                            assertThat(e.getMessage()).isEqualTo("Neo4j refused the credentials while creating the"
                                    + " schema: check the user name and password");
                        });
                assertThatThrownBy(() -> new RoadmapQueries(driver).roadmaps()).hasMessage(REFUSED_CREDENTIALS);
            }
        }
    }

    @Test
    void anUnknownDatabaseNameMakesQueriesAndProgressUnavailableAndSaysSo() {
        assertUnavailable(SharedNeo4j.driver(), QueryOptions.DEFAULTS.withDatabase("nosuchdb"), NO_SUCH_DATABASE);
    }

    @Test
    void aClusterUriWhoseHostIsUnknownMakesQueriesProgressAndLoadsUnavailable() {
        try (Driver driver = Drivers.open(URI.create("neo4j://nonexistent.invalid:7687"), AuthTokens.none(), QUICK)) {
            assertUnavailable(driver, QueryOptions.DEFAULTS, UNREACHABLE);

            assertThatThrownBy(() -> new RoadmapLoader(driver).load(RoadmapReader.aiEngineer()))
                    .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                        assertThat(e.kind()).isEqualTo(GraphLoadException.Kind.DATABASE_UNREACHABLE);
                        assertThat(e.getMessage()).isEqualTo("Neo4j is not reachable while creating the schema"
                                + " (unknown host nonexistent.invalid): check the URI and that Neo4j is running");
                    });
        }
    }

    private static Driver wrongPassword() {
        AuthToken wrong = AuthTokens.basic(EmbeddedNeo4j.USER, "not-" + PASSWORD);
        return Drivers.open(withPassword.boltUri(), wrong, QUICK);
    }

    /** A query, a traversal (from the snapshot) and a learner's progress all fail with {@code message}. */
    private static void assertUnavailable(Driver driver, QueryOptions options, String message) {
        RoadmapQueries queries = new RoadmapQueries(driver, options);
        assertThatThrownBy(queries::roadmaps).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.kind()).isEqualTo(QueryException.Kind.UNAVAILABLE);
            assertThat(e).hasMessage(message);
        });
        assertThatThrownBy(() -> queries.learningPath(List.of("rag"), List.of()))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(QueryException.Kind.UNAVAILABLE);
                    assertThat(e).hasMessage(message);
                });
        Neo4jProgressStore progress = new Neo4jProgressStore(driver, options.database(), Duration.ofSeconds(5));
        assertThatThrownBy(() -> progress.progress("learner-1", Optional.empty()))
                .isInstanceOfSatisfying(ProgressException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgressException.Code.UNAVAILABLE);
                    assertThat(e).hasMessage(message);
                });
    }
}
