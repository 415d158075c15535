package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request bodies an attacker sends to make the JSON reader fail (issue 12, item 5): each is a 400 {@code BAD_REQUEST}
 * that says what is wrong in words, never a 500 or a Java class, and the server answers the next client as before.
 */
class HostileBodiesIT {

    private static final TestServer api = TestServer.shared();

    static Stream<Arguments> hostileBodies() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        String digits = "9".repeat(5000);
        return Stream.of(
                Arguments.of("variables nested 1,000 levels deep",
                        "{\"query\": \"{ __typename }\", \"variables\": {\"v\": " + deep + "}}",
                        "nests JSON objects and arrays more than 64 levels deep (roadmap.request-body.max-nesting-depth)"),
                Arguments.of("a body that is only nesting", deep,
                        "more than 64 levels deep"),
                Arguments.of("a 5,000-digit number",
                        "{\"query\": \"query($n: Int) { __typename }\", \"variables\": {\"n\": " + digits + "}}",
                        "holds a number longer than 100 characters (roadmap.request-body.max-number-length)"),
                Arguments.of("a 5,000-digit fraction",
                        "{\"query\": \"{ __typename }\", \"variables\": {\"n\": 0." + digits + "}}",
                        "holds a number longer than 100 characters"),
                Arguments.of("garbage after the body", "{\"query\": \"{ roadmaps { id } }\"} DETACH DELETE",
                        "the request body goes on after its JSON value, which ends (line 1, column 33)"),
                Arguments.of("a second object after the body",
                        "{\"query\": \"{ __typename }\"}{\"query\": \"{ roadmaps { id } }\"}",
                        "goes on after its JSON value"),
                Arguments.of("a key twice (the last would win)",
                        "{\"query\": \"{ roadmaps { id } }\", \"query\": \"{ __typename }\"}",
                        "the request body has the key 'query' twice in one object (line 1, column"),
                Arguments.of("a key twice inside the variables",
                        "{\"query\": \"{ __typename }\", \"variables\": {\"id\": \"rag\", \"id\": \"python\"}}",
                        "has the key 'id' twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void answersAHostileBodyWith400AndAReasonWithoutJavaInternals(String attack, String body, String message) {
        GraphQLResponse response = api.post("/graphql", body, Map.of("Accept", "application/graphql-response+json"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("BAD_REQUEST");
        assertThat(response.errorMessages().get(0)).contains(message);
        assertThat(response.body()).doesNotContain("Exception", "jackson", "java.", "at [Source");
        assertThat(api.graphql("typename").assertNoErrors().at("/data/__typename").asText()).isEqualTo("Query");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"id": "rag", "id": "python"}'                  | the 'variables' URL parameter has the key 'id' twice
            '{"v": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}' | the 'variables' URL parameter nests JSON objects and arrays more than 64 levels deep
            '{"n": 1} 2'                                     | the 'variables' URL parameter goes on after its JSON value
            """)
    void answersTheSameAttacksInAGetUrlWith400(String variables, String message) {
        GraphQLResponse response = api.get("/graphql?query=" + encode("{ __typename }") + "&variables="
                + encode(variables), Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("BAD_REQUEST");
        assertThat(response.errorMessages().get(0)).contains(message);
        assertThat(response.body()).doesNotContain("Exception", "jackson", "java.");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
