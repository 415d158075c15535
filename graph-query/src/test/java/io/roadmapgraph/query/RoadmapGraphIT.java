package io.roadmapgraph.query;

import io.roadmapgraph.loader.EmbeddedNeo4j;
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

/** The one-dependency facade: embedded and connected graphs, loading, asking, closing. */
class RoadmapGraphIT {

    @Test
    void aGraphConnectedWithTheRoutingSchemeToOneServerLoadsAndAnswersLikeTheEmbeddedOne(@TempDir Path dir) {
        URI boltUri;
        try (RoadmapGraph embedded = RoadmapGraph.embedded(dir.resolve("neo4j"))) {
            boltUri = embedded.embeddedNeo4j().orElseThrow().boltUri();
            URI routing = URI.create("neo4j://" + boltUri.getHost() + ":" + boltUri.getPort());

            try (RoadmapGraph connected = RoadmapGraph.connect(routing, AuthTokens.none(), EmbeddedNeo4j.DATABASE)) {
                assertThat(connected.embeddedNeo4j()).isEmpty();
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
        }

        try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .as("closing the embedded graph shuts its Neo4j down")
                    .isInstanceOf(ServiceUnavailableException.class);
        }
    }
}
