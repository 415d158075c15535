package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.PrerequisiteGraph.Direction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.GRAPH;
import static io.roadmapgraph.server.graphql.Responses.ROADMAP;
import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

class PrerequisitesIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void hybridSearchNeedsBm25VectorSearchEmbeddingsAndPython() {
        JsonNode response = ok(server.run("prerequisitesDefault", Map.of("topic", "hybrid-search")));
        assertThat(texts(response, "/data/prerequisites", "/topic/id"))
                .contains("bm25", "vector-search", "embeddings", "python")
                .doesNotHaveDuplicates();
    }

    @Test
    void directPrerequisitesAreDepthOne() {
        JsonNode response = ok(server.run("prerequisites", Map.of("topic", "hybrid-search", "transitive", false)));
        assertThat(texts(response, "/data/prerequisites", "/topic/id")).containsExactlyInAnyOrderElementsOf(
                ROADMAP.topic("hybrid-search").orElseThrow().requiredTopicIds());
        assertThat(texts(response, "/data/prerequisites", "/depth")).containsOnly("1");
    }

    @Test
    void prerequisitesAndDependentsOfEveryTopicMatchTheClosureOfTheRoadmapFile() {
        for (Topic topic : ROADMAP.topics()) {
            for (boolean transitive : List.of(true, false)) {
                Map<String, Object> variables = Map.of("topic", topic.id(), "transitive", transitive);
                assertThat(reached(ok(server.run("prerequisites", variables)), "/data/prerequisites"))
                        .as("prerequisites of %s, transitive %s", topic.id(), transitive)
                        .containsExactlyElementsOf(Closure.from(GRAPH, topic.id(), Direction.PREREQUISITES, transitive));
                assertThat(reached(ok(server.run("dependents", variables)), "/data/dependents"))
                        .as("dependents of %s, transitive %s", topic.id(), transitive)
                        .containsExactlyElementsOf(Closure.from(GRAPH, topic.id(), Direction.DEPENDENTS, transitive));
            }
        }
    }

    @Test
    void anUnknownTopicIsNotFoundAndNamed() {
        error(server.run("prerequisites", Map.of("topic", "ragg")), "NOT_FOUND", "unknown topic 'ragg'; did you mean 'rag'?");
        error(server.run("dependents", Map.of("topic", "ragg")), "NOT_FOUND", "unknown topic 'ragg'; did you mean 'rag'?");
    }

    private static List<Closure.Reached> reached(JsonNode response, String array) {
        List<Closure.Reached> result = new ArrayList<>();
        response.at(array).forEach(n -> result.add(new Closure.Reached(n.at("/topic/id").asText(),
                n.at("/depth").asInt())));
        return result;
    }
}
