package io.roadmapgraph.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The points of the GraphQL-over-HTTP spec the audit checks loosely or not at all, and what it does not cover. */
class GraphQLOverHttpIT {

    private static final TestServer api = TestServer.shared();
    private static final String TYPENAME = "{\"query\": \"{ __typename }\"}";

    @Test
    void keepsEmptyListsAndNullsInTheAnswer() {
        GraphQLResponse response = api.query("{ search(text: \"zzqqxxnothing\") { __typename } }", Map.of());

        assertThat(response.body()).isEqualTo("{\"data\":{\"search\":[]}}");
    }

    @Test
    void refusesAMutationOverGetWith405() {
        GraphQLResponse response = api.get("/graphql?query=" + encode("mutation { __typename }"),
                Map.of("Accept", "application/json"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.errorMessages()).containsExactly("only queries may be sent with GET; send a mutation"
                + " with POST");
    }

    @Test
    void answersAQueryOverGetWithVariables() {
        GraphQLResponse response = api.get("/graphql?query=" + encode("query($id: ID!) { topic(id: $id) { id } }")
                + "&variables=" + encode("{\"id\": \"rag\"}"), Map.of("Accept", "application/graphql-response+json"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/graphql-response+json");
        assertThat(response.at("/data/topic/id").asText()).isEqualTo("rag");
    }

    @Test
    void answersOverGetADocumentTheCacheAlreadyHoldsAndPicksTheNamedOperation() {
        String document = "query A { topic(id: \"rag\") { id } } query B { roadmaps { id } }";
        GraphQLResponse posted = api.post("/graphql", "{\"query\": \"" + document.replace("\"", "\\\"")
                + "\", \"operationName\": \"A\"}", Map.of());

        GraphQLResponse fetched = api.get("/graphql?query=" + encode(document) + "&operationName=B",
                Map.of("Accept", "application/json"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.at("/data/topic/id").asText()).isEqualTo("rag");
        assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
        assertThat(fetched.at("/data/roadmaps/0/id").asText()).isEqualTo("ai-engineer");
    }

    @ParameterizedTest(name = "Accept {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/graphql-response+json                              | application/graphql-response+json
            application/json                                               | application/json
            */*                                                            | application/json
            application/json;q=0.5, application/graphql-response+json     | application/graphql-response+json
            application/json, application/graphql-response+json;q=0.1     | application/json
            """)
    void negotiatesTheResponseMediaType(String accept, String expected) {
        GraphQLResponse response = api.post("/graphql", TYPENAME, Map.of("Accept", accept));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(expected);
    }

    @Test
    void answers406WhenNoAcceptableMediaTypeIsAsked() {
        GraphQLResponse response = api.post("/graphql", TYPENAME, Map.of("Accept", "text/html"));

        assertThat(response.status()).isEqualTo(406);
        assertThat(response.body()).contains("application/graphql-response+json", "application/json");
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @CsvSource(delimiter = '|', textBlock = """
            text/plain                          | Content-Type text/plain is not supported
            application/json; charset=latin1    | charset latin1 is not supported
            application/graphql                 | Content-Type application/graphql is not supported
            """)
    void refusesOtherContentTypesWith415(String contentType, String message) {
        GraphQLResponse response = api.send("POST", "/graphql", Map.of("Content-Type", contentType));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.errorMessages().get(0)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"query": "{"'                         | 200 | GRAPHQL_PARSE_FAILED
            '{"query": "{ noSuchField }"}'          | 400 | GRAPHQL_VALIDATION_FAILED
            '{"query": "query($id: ID!) { topic(id: $id) { id } }", "variables": {"id": null}}' | 400 | BAD_USER_INPUT
            '{"query": "{ topic(id: 1) }"}'         | 400 | GRAPHQL_VALIDATION_FAILED
            '{"query": "query A { roadmaps { id } } query B { roadmaps { id } }"}' | 400 | GRAPHQL_VALIDATION_FAILED
            '{"query": "query A { roadmaps { id } }", "operationName": "C"}' | 400 | GRAPHQL_VALIDATION_FAILED
            """)
    void answersRequestErrorsWith400AndNoData(String body, int status, String code) {
        GraphQLResponse asGraphQL = api.post("/graphql", body, Map.of("Accept", "application/graphql-response+json"));
        GraphQLResponse asJson = api.post("/graphql", body, Map.of("Accept", "application/json"));

        if (status == 200) {
            // a body that is not JSON at all is a bad request before GraphQL starts
            assertThat(asGraphQL.status()).isEqualTo(400);
            assertThat(asGraphQL.errorCodes()).containsExactly("BAD_REQUEST");
            return;
        }
        assertThat(asGraphQL.status()).as(asGraphQL.body()).isEqualTo(status);
        assertThat(asGraphQL.errorCodes()).as(asGraphQL.body()).containsExactly(code);
        assertThat(asGraphQL.json().has("data")).isFalse();
        assertThat(asJson.status()).isEqualTo(200);
        assertThat(asJson.errorCodes()).containsExactly(code);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                                         | the request has no body
            '{"query": 1}'                             | 'query' must be a string
            '{"variables": {}}'                        | the request has no 'query'
            '{"query": "{ __typename }", "variables": "x"}' | 'variables' must be a JSON object or null
            '{"query": "{ __typename }", "operationName": 1}' | 'operationName' must be a string or null
            '"just a string"'                          | must be a JSON object
            '{"query": "{ __typename }"'               | not valid JSON (line 1, column
            """)
    void answersMalformedRequestsWith400AndAReason(String body, String message) {
        GraphQLResponse response = api.post("/graphql", body, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("BAD_REQUEST");
        assertThat(response.errorMessages().get(0)).contains(message);
    }

    @Test
    void stillServesGraphiQL() {
        GraphQLResponse page = api.get("/graphiql", Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("graphiql");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
