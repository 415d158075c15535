package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code /health} tells a caller nobody knows (issue 12, item 9): the status, and not the database's address,
 * disk sizes or components; an operator who sets {@code ROADMAP_HEALTH_DETAILS_VISIBLE=ANONYMOUS} sees them.
 */
class HealthAccessIT {

    @Test
    void anAnonymousCallerSeesTheStatusOnly() {
        GraphQLResponse health = TestServer.shared().get("/health", Map.of());

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().fieldNames()).toIterable().containsExactly("status");
        assertThat(health.at("/status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("bolt://", "diskSpace", "neo4j", "total", "free");
    }

    @Test
    void anOperatorWhoAsksForDetailsGetsThem() {
        try (TestServer api = TestServer.start(Map.of("endpoints.health.details-visible", "ANONYMOUS",
                "roadmap.bootstrap.enabled", false))) {
            GraphQLResponse health = api.get("/health", Map.of());

            assertThat(health.at("/details/neo4j/status").asText()).as(health.body()).isEqualTo("UP");
            assertThat(List.of(health.at("/details/neo4j/details/uri").asText())).allMatch(u -> u.startsWith("bolt"));
        }
    }
}
