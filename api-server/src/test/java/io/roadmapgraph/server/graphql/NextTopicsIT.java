package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.algorithms.NextTopics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.GRAPH;
import static io.roadmapgraph.server.graphql.Responses.ROADMAP;
import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

class NextTopicsIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void withNothingKnownTheNextTopicsHaveNoPrerequisites() {
        JsonNode response = ok(server.run("nextTopics", Map.of("known", List.of())));
        assertThat(texts(response, "/data/nextTopics", "/id")).isNotEmpty()
                .containsExactlyElementsOf(NextTopics.of(GRAPH, List.of()));
        response.at("/data/nextTopics").forEach(t -> assertThat(t.at("/requires").size()).isZero());
    }

    @Test
    void afterEveryTopicTheNextTopicsMatchTheirDefinition() {
        for (Topic topic : ROADMAP.topics()) {
            JsonNode response = ok(server.run("nextTopics", Map.of("known", List.of(topic.id()))));
            assertThat(texts(response, "/data/nextTopics", "/id")).as("next after %s", topic.id())
                    .containsExactlyElementsOf(NextTopics.of(GRAPH, List.of(topic.id())))
                    .doesNotContain(topic.id());
        }
    }

    @Test
    void knowingAParentMeansKnowingItsNonElectiveSubtopics() {
        JsonNode response = ok(server.run("nextTopics", Map.of("known", List.of("fine-tuning"))));
        assertThat(texts(response, "/data/nextTopics", "/id"))
                .as("peft and its subtopics are known with fine-tuning")
                .doesNotContain("peft", "lora", "adapter-methods", "prefix-tuning");
    }

    @Test
    void knowingFineTuningMeansKnowingTheDatasetEngineeringItRequires() {
        JsonNode response = ok(server.run("nextTopics", Map.of("known", List.of("fine-tuning"))));
        assertThat(texts(response, "/data/nextTopics", "/id")).doesNotContain("dataset-engineering")
                .contains("rlhf", "model-serving");
    }

    @Test
    void anUnknownKnownTopicIsNotFoundAndNamed() {
        error(server.run("nextTopics", Map.of("known", List.of("python", "ragg"))), "NOT_FOUND",
                "unknown topic 'ragg'; did you mean 'rag'?");
    }
}
