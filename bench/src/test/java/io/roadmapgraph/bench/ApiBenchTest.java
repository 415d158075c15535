package io.roadmapgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.query.IndexQuery;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import java.util.Locale;
import java.util.stream.Stream;
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
    @EnumSource(value = ApiBench.Operation.class, names = {"PROGRESS", "SEARCH"}, mode = EnumSource.Mode.EXCLUDE)
    void theRoadmapOperationsHaveTheInMemoryAlgorithmAsTheirFloor(ApiBench.Operation operation) {
        assertThat(operation.floor()).isEqualTo(ApiBench.Side.MEMORY);
    }

    @Test
    void searchHasNoMemorySideAndTheIndexQueryOverBoltIsItsFloor() {
        assertThat(List.of(ApiBench.Side.values())).filteredOn(ApiBench.Operation.SEARCH::on)
                .containsExactly(ApiBench.Side.API, ApiBench.Side.BOLT, ApiBench.Side.PEER, ApiBench.Side.ECHO);
        assertThat(ApiBench.Operation.SEARCH.floor()).isEqualTo(ApiBench.Side.BOLT);
        assertThat(ApiBench.Operation.of("search")).contains(ApiBench.Operation.SEARCH);
    }

    @Test
    void theSearchTextsTakeTurnsARareWordATitleAWordsBeginningAndAWordEveryTopicHas() {
        Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(1_000, 11));
        List<String> titles = java.util.stream.Stream.of(
                roadmap.topics().stream().map(t -> t.title().preferred()),
                roadmap.projects().stream().map(p -> p.title().preferred()),
                roadmap.tools().stream().map(Tool::name)).flatMap(s -> s).toList();
        List<String> words = titles.stream().flatMap(t -> Stream.of(t.toLowerCase(Locale.ROOT).split(" "))).toList();

        List<String> texts = ApiBench.arguments(roadmap, 7).searches();

        assertThat(texts).hasSize(32).isEqualTo(ApiBench.arguments(roadmap, 7).searches())
                .isNotEqualTo(ApiBench.arguments(roadmap, 8).searches())
                .allSatisfy(text -> assertThat(IndexQuery.of(text)).as("the index query of %s", text).isNotEmpty());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            switch (i % 4) {
                // the synthetic titles' rarest words are their numbers, each in one title or a few
                case 0 -> assertThat(words).as("text %d", i).contains(text);
                case 1 -> assertThat(titles).as("text %d", i).contains(text);
                case 2 -> {
                    assertThat(text).as("text %d", i).hasSizeGreaterThanOrEqualTo(3);
                    assertThat(words).as("text %d", i).anySatisfy(w -> assertThat(w).startsWith(text));
                }
                default -> assertThat(text).as("text %d", i).isIn("synthetic", "topic", "level", "project");
            }
        }
        assertThat(texts.stream().filter(t -> t.matches("\\d+")).count()).as("rare words that are numbers")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void theApiAndTheEchoAskForAPageOfTwentyHitsAndThePeerForTheIndexQueryOfTheText() {
        assertThat(ApiBench.OURS_SEARCH).contains("search(text: $x, first: 20)");
        assertThat(ApiBench.PEER_SEARCH).contains("search(query: $q, first: $f)");
        assertThat(ApiBench.BOLT_SEARCH).startsWith("MATCH (r:Roadmap) WHERE r.revision IS NOT NULL")
                .endsWith(IndexQuery.statement().replace("$revs", "revs")).contains("WHERE node.rev IN revs");
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
