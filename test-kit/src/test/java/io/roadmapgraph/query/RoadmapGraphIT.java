package io.roadmapgraph.query;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.embedded.Neo4jConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-dependency facade: connected graphs and graphs over a driver of an embedded Neo4j; loading, asking, closing. */
class RoadmapGraphIT {

    @Test
    void aGraphConnectedWithTheRoutingSchemeToOneServerLoadsAndAnswersLikeOneOverTheEmbeddedDriver(@TempDir Path dir) {
        URI boltUri;
        QueryOptions options = QueryOptions.DEFAULTS.withDatabase(EmbeddedNeo4j.DATABASE);
        try (Neo4jConnection neo4j = Neo4jConnection.embedded(dir.resolve("neo4j"))) {
            RoadmapGraph embedded = RoadmapGraph.of(neo4j.driver(), options);
            boltUri = neo4j.boltUri();
            URI routing = URI.create("neo4j://" + boltUri.getHost() + ":" + boltUri.getPort());

            try (RoadmapGraph connected = RoadmapGraph.connect(routing, AuthTokens.none(), options)) {
                assertThat(connected.loadBundled().nodeTotal().created()).isPositive();

                assertThat(connected.queries().roadmaps()).extracting(RoadmapNode::id).containsExactly("ai-engineer");
                assertThat(connected.queries().learningPath(List.of("agents"), List.of("python")))
                        .isEqualTo(embedded.queries().learningPath(List.of("agents"), List.of("python")));
                assertThat(connected.queries().nextTopics(List.of()))
                        .isEqualTo(embedded.queries().nextTopics(List.of()));
                assertThatThrownBy(() -> connected.queries().learningPath(List.of("no-such-topic"), List.of()))
                        .isInstanceOfSatisfying(QueryException.class,
                                e -> assertThat(e.kind()).isEqualTo(QueryException.Kind.NOT_FOUND))
                        .hasMessage("unknown topic 'no-such-topic'");
            }
            embedded.close();
            assertThat(neo4j.driver().executableQuery("RETURN 1 AS one").execute().records())
                    .as("closing a graph over a driver it did not open leaves the driver open").hasSize(1);
        }

        try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .as("closing the connection shuts its embedded Neo4j down")
                    .isInstanceOf(ServiceUnavailableException.class);
        }
    }
}
