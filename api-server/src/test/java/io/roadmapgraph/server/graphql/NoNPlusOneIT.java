package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.roadmapgraph.server.graphql.Responses.ROADMAP;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields cost one batch per field and level, however many objects the level has: one query to Neo4j, or one
 * look into the snapshot for the facts it holds (the shared server runs with snapshots on, the default).
 */
class NoNPlusOneIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void everyTopicWithItsRequirementsToolsAndProjectsTakesOneQueryPerNestedField() {
        BatchCounting counter = server.context().getBean(BatchCounting.class);
        long before = counter.count();
        JsonNode response = ok(server.run("allTopicsDeep"));
        long batches = counter.count() - before;
        assertThat(response.at("/data/roadmaps/0/topics").size()).isEqualTo(ROADMAP.topics().size());
        // topics, phase, requires, tools, tools.topics, projects, projects.topics, requires.topic.tools and
        // requires.topic.projects: nine relationship fields, so at most nine batches for ~70 topics (the last two
        // find their keys already loaded by tools and projects of the same request); N+1 would be hundreds
        assertThat(batches).isBetween(7L, 9L);
    }
}
