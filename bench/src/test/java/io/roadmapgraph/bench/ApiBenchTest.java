package io.roadmapgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.model.RoadmapReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiBenchTest {

    @ParameterizedTest
    @EnumSource(value = ApiBench.Operation.class,
            names = {"BUILDABLE_PROJECTS", "ALMOST_BUILDABLE", "UNLOCKING_TOPICS", "PROJECT_SET_COVERING"})
    void theProjectsForALearnerAreMeasuredOnTheApiAndInMemoryOnly(ApiBench.Operation operation) {
        assertThat(List.of(ApiBench.Side.values())).filteredOn(operation::on)
                .containsExactly(ApiBench.Side.API, ApiBench.Side.MEMORY, ApiBench.Side.ECHO);
    }

    @Test
    void theEchoSideReplaysTheBytesItWasGivenForTheSameBody() throws Exception {
        try (EchoServer echo = new EchoServer(2)) {
            echo.record("{\"a\":1}", "{\"data\":{\"x\":1}}".getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newHttpClient();

            var answered = http.send(HttpRequest.newBuilder(echo.uri())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var unknown = http.send(HttpRequest.newBuilder(echo.uri())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"a\":2}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answered.body()).isEqualTo("{\"data\":{\"x\":1}}");
            assertThat(unknown.statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiBench.Operation.class, names = {"PREREQUISITES", "LEARNING_PATH", "PROJECTS_COVERING"})
    void theTraversalsAreMeasuredOnEverySideButTheProgressStore(ApiBench.Operation operation) {
        assertThat(List.of(ApiBench.Side.values())).filteredOn(operation::on)
                .containsExactly(ApiBench.Side.API, ApiBench.Side.BOLT, ApiBench.Side.MEMORY, ApiBench.Side.PEER,
                        ApiBench.Side.ECHO);
    }

    @Test
    void theProgressMixIsMeasuredOnTheProgressStoreWhichIsItsFloor() {
        assertThat(List.of(ApiBench.Side.values())).filteredOn(ApiBench.Operation.PROGRESS::on)
                .containsExactly(ApiBench.Side.API, ApiBench.Side.MEMORY, ApiBench.Side.ECHO, ApiBench.Side.STORE);
        assertThat(ApiBench.Operation.PROGRESS.floor()).isEqualTo(ApiBench.Side.STORE);
    }

    @ParameterizedTest
    @EnumSource(value = ApiBench.Operation.class, names = "PROGRESS", mode = EnumSource.Mode.EXCLUDE)
    void theRoadmapOperationsHaveTheInMemoryAlgorithmAsTheirFloor(ApiBench.Operation operation) {
        assertThat(operation.floor()).isEqualTo(ApiBench.Side.MEMORY);
    }

    @Test
    void aBodyCarriesEveryVariableByName() {
        assertThat(ApiBench.body("query($k: [ID!]!, $g: [ID!]) { x }", Map.of("k", "[\"rag\"]", "g", "[]")))
                .isEqualTo("{\"query\":\"query($k: [ID!]!, $g: [ID!]) { x }\",\"variables\":{\"g\":[],\"k\":[\"rag\"]}}");
    }

    @Test
    void everyKnownListNamesTopicsOfTheRoadmap() {
        var roadmap = RoadmapReader.aiEngineer();
        List<String> topics = roadmap.topics().stream().map(io.roadmapgraph.model.Topic::id).toList();

        ApiBench.Arguments arguments = ApiBench.arguments(roadmap, 7);

        assertThat(arguments.known()).hasSize(32).allSatisfy(known -> assertThat(topics).containsAll(known));
    }
}
