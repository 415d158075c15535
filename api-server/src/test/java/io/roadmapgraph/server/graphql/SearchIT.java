package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

class SearchIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @ParameterizedTest
    @CsvSource(textBlock = """
            RAG,        rag,          TOPIC
            embeddings, embeddings,   TOPIC
            omgezet,    tokenization, TOPIC
            pinecone,   pinecone,     TOOL
            """)
    void findsTopicsToolsAndProjectsInEnglishAndDutch(String text, String id, String kind) {
        JsonNode response = ok(server.run("search", Map.of("text", text, "first", 10)));
        JsonNode hit = find(response, id);
        assertThat(hit).as("%s in %s", id, response).isNotNull();
        assertThat(hit.at("/kind").asText()).isEqualTo(kind);
        assertThat(hit.at("/" + kind.toLowerCase() + "/id").asText()).isEqualTo(id);
        List<Double> scores = new ArrayList<>();
        response.at("/data/search").forEach(h -> scores.add(h.at("/score").asDouble()));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void firstLimitsTheHitsAndDefaultsToTen() {
        assertThat(ok(server.run("search", Map.of("text", "model", "first", 2))).at("/data/search").size())
                .isEqualTo(2);
        assertThat(ok(server.run("searchDefault", Map.of("text", "model"))).at("/data/search").size())
                .isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"rag", "title:(rag", "rag AND OR NOT", "rag)", "c++ && ~^*?", "\\"})
    void luceneSyntaxInTheTextIsTakenLiterally(String text) {
        JsonNode response = ok(server.run("search", Map.of("text", text + " rag", "first", 10)));
        assertThat(texts(response, "/data/search", "/id")).contains("rag");
    }

    @Test
    void firstOutOfRangeAndBlankTextAreBadUserInput() {
        error(server.run("search", Map.of("text", "rag", "first", 0)), "BAD_USER_INPUT",
                "first must be between 1 and 100, was 0");
        error(server.run("search", Map.of("text", "rag", "first", 1000)), "BAD_USER_INPUT",
                "first must be between 1 and 100, was 1000");
        error(server.run("search", Map.of("text", " ", "first", 10)), "BAD_USER_INPUT",
                "search text must contain at least one letter or digit");
    }

    @Test
    void theTextLimitCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE80"; // one character, two UTF-16 units
        String twoHundred = "rag " + emoji.repeat(196);
        assertThat(twoHundred.length()).as("UTF-16 units").isEqualTo(396);

        JsonNode response = ok(server.run("search", Map.of("text", twoHundred, "first", 10)));
        assertThat(texts(response, "/data/search", "/id")).contains("rag");
        error(server.run("search", Map.of("text", twoHundred + emoji, "first", 10)), "BAD_USER_INPUT",
                "search text must be at most 200 characters, was 201");
    }

    private static JsonNode find(JsonNode response, String id) {
        for (JsonNode hit : response.at("/data/search")) {
            if (hit.at("/id").asText().equals(id)) {
                return hit;
            }
        }
        return null;
    }
}
