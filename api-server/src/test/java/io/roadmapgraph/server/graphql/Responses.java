package io.roadmapgraph.server.graphql;

import io.roadmapgraph.model.TopicGraphs;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.algorithms.PrerequisiteGraph;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading GraphQL responses by path, and the roadmap the server holds, for expected answers. */
final class Responses {

    static final Roadmap ROADMAP = RoadmapReader.aiEngineer();
    static final PrerequisiteGraph GRAPH = TopicGraphs.prerequisites(ROADMAP);

    private Responses() {
    }

    /** The texts found at {@code field} (a JSON pointer) in each element of the array at {@code array}. */
    static List<String> texts(JsonNode response, String array, String field) {
        JsonNode node = response.at(array);
        assertThat(node.isArray()).as("%s is an array in %s", array, response).isTrue();
        List<String> values = new ArrayList<>();
        node.forEach(element -> values.add(element.at(field).asText()));
        return values;
    }

    static List<Integer> ints(JsonNode response, String array, String field) {
        List<Integer> values = new ArrayList<>();
        response.at(array).forEach(element -> values.add(element.at(field).asInt()));
        return values;
    }

    /** Asserts the response has data and no errors. */
    static JsonNode ok(JsonNode response) {
        assertThat(response.path("errors").isMissingNode()).as("no errors in %s", response).isTrue();
        return response;
    }

    /** Asserts exactly one error with that code and message, and no driver text or stack trace anywhere. */
    static JsonNode error(JsonNode response, String code, String message) {
        assertThat(response.path("errors").size()).as("one error in %s", response).isEqualTo(1);
        JsonNode error = response.path("errors").get(0);
        assertThat(error.at("/extensions/code").asText()).as("code in %s", response).isEqualTo(code);
        assertThat(error.path("message").asText()).isEqualTo(message);
        assertThat(response.toString()).doesNotContain("Exception", "at io.", "at org.", "Neo.ClientError", "neo4j");
        return error;
    }
}
