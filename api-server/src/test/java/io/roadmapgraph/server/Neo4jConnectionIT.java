package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
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
                    "neo4j.uri", second.boltUri().toString(), "roadmap.bootstrap.enabled", false,
                    "endpoints.health.details-visible", "ANONYMOUS"))) {
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
}
