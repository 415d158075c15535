package io.roadmapgraph.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.graphql.execution.DocumentCache;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The abuse limits ({@code roadmap.limits.*}): a refused query is a GraphQL error with its own code and no data,
 * answered at once, and the server goes on answering. Uses a second server with small limits beside the shared one
 * (which has the defaults).
 */
class QueryLimitsIT {

    private static final Map<String, String> GRAPHQL_RESPONSE = Map.of(
            "Content-Type", "application/json", "Accept", "application/graphql-response+json");

    private static TestServer shared;
    private static TestServer small;

    @BeforeAll
    static void start() {
        GraphQLHarness.server();
        shared = TestServer.shared();
        small = TestServer.start(Map.of(
                "roadmap.limits.max-depth", 4,
                "roadmap.limits.max-complexity", 20,
                "roadmap.limits.max-tokens", 200,
                "roadmap.limits.max-batch-size", 2,
                "roadmap.query.max-ids", 10,
                "roadmap.bootstrap.enabled", false));
    }

    @AfterAll
    static void stop() {
        small.close();
    }

    @Test
    void refusesAQueryDeeperThanTheDefaultLimitQuicklyAndStaysHealthy() {
        String deep = "{ topic(id: \"rag\") { " + "requiredBy { ".repeat(40) + "id" + " }".repeat(40) + " } }";

        long start = System.nanoTime();
        GraphQLResponse response = shared.post("/graphql", json(deep), GRAPHQL_RESPONSE);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("QUERY_TOO_DEEP");
        assertThat(response.errorMessages().get(0)).contains("levels deep", "at most 15", "roadmap.limits.max-depth");
        assertThat(response.json().has("data")).isFalse();
        assertThat(millis).as("refused before running anything").isLessThan(2000);
        assertHealthy(shared);
    }

    @Test
    void allowsAQueryAtTheDepthLimit() {
        GraphQLResponse response = small.query("{ topic(id: \"rag\") { requiredBy { requiredBy { id } } } }", Map.of());

        assertThat(response.errorCodes()).doesNotContain("QUERY_TOO_DEEP");
    }

    @Test
    void countsAliasesTowardsComplexity() {
        String aliases = IntStream.range(0, 12).mapToObj(i -> "a" + i + ": topic(id: \"rag\") { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));

        GraphQLResponse response = small.query(aliases, Map.of());

        assertThat(response.errorCodes()).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(response.errorMessages().get(0)).contains("selects 24 fields", "at most 20",
                "aliases, repeated fields and each use of a fragment count");
        assertThat(response.data().isMissingNode()).isTrue();
    }

    @Test
    void countsRepeatedFieldsTowardsComplexity() {
        String repeated = "{ topic(id: \"rag\") { " + "id ".repeat(30) + "} }";

        assertThat(small.query(repeated, Map.of()).errorCodes()).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(small.query("{ topic(id: \"rag\") { id title } }", Map.of()).errorCodes())
                .doesNotContain("QUERY_TOO_COMPLEX");
    }

    @Test
    void enforcesDepthAndComplexityOnDocumentsTheCacheAlreadyHolds() {
        DocumentCache cache = small.context().getBean(DocumentCache.class);
        String deep = "{ topic(id: \"rag\") { " + "requiredBy { ".repeat(4) + "id" + " }".repeat(4) + " } }";
        String complex = IntStream.range(0, 12).mapToObj(i -> "a" + i + ": topic(id: \"rag\") { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        long hitsBefore = cache.stats().hits();

        for (int i = 0; i < 3; i++) {
            assertThat(small.query(deep, Map.of()).errorCodes()).as("request %d", i).containsExactly("QUERY_TOO_DEEP");
            assertThat(small.query(complex, Map.of()).errorCodes()).as("request %d", i)
                    .containsExactly("QUERY_TOO_COMPLEX");
        }

        assertThat(cache.stats().hits() - hitsBefore).as("the repeated documents came from the cache")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void checksTheDepthOfACachedDocumentWithEachRequestsVariablesAfterItPassed() {
        // depth 3 without the included part, 5 with it; the limit is 4 (the depth check remembers passes only for
        // documents without directives)
        String document = "query($deep: Boolean!) { topic(id: \"rag\") { requiredBy { id"
                + " requiredBy @include(if: $deep) { requiredBy { requiredBy { id } } } } } }";

        for (int i = 0; i < 2; i++) {
            assertThat(small.query(document, Map.of("deep", false)).errorCodes()).as("request %d", i)
                    .doesNotContain("QUERY_TOO_DEEP");
            assertThat(small.query(document, Map.of("deep", true)).errorCodes()).as("request %d", i)
                    .containsExactly("QUERY_TOO_DEEP");
        }
    }

    @Test
    void refusesATooDeepDocumentEveryTimeAndAnswersOneThatPassedEveryTime() {
        String deep = "{ topic(id: \"rag\") { " + "requiredBy { ".repeat(5) + "id" + " }".repeat(5) + " } }";
        String fine = "{ topic(id: \"rag\") { requiredBy { requiredBy { id } } } }";

        for (int i = 0; i < 3; i++) {
            assertThat(small.query(fine, Map.of()).errorCodes()).as("request %d", i).doesNotContain("QUERY_TOO_DEEP");
            assertThat(small.query(deep, Map.of()).errorCodes()).as("request %d", i).containsExactly("QUERY_TOO_DEEP");
        }
    }

    @Test
    void checksTheComplexityOfACachedDocumentWithEachRequestsVariables() {
        String half = IntStream.range(0, 6).mapToObj(i -> "a" + i + ": topic(id: \"rag\") { id }")
                .collect(Collectors.joining(" "));
        String other = IntStream.range(6, 12).mapToObj(i -> "a" + i + ": topic(id: \"rag\") @include(if: $all) { id }")
                .collect(Collectors.joining(" "));
        String document = "query($all: Boolean!) { " + half + " " + other + " }";

        for (int i = 0; i < 2; i++) {
            assertThat(small.query(document, Map.of("all", false)).assertNoErrors().at("/data/a0/id").asText())
                    .isEqualTo("rag");
            assertThat(small.query(document, Map.of("all", true)).errorCodes()).containsExactly("QUERY_TOO_COMPLEX");
        }
    }

    @Test
    void refusesADocumentWithTooManyTokens() {
        String large = "{ " + "__typename ".repeat(300) + "}";

        GraphQLResponse response = small.post("/graphql", json(large), GRAPHQL_RESPONSE);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("QUERY_TOO_LARGE");
        assertThat(response.errorMessages().get(0)).contains("more than 200 tokens", "roadmap.limits.max-tokens");
        assertHealthy(small);
    }

    @Test
    void refusesABatchByDefault() {
        GraphQLResponse response = shared.post("/graphql", "[{\"query\": \"{ __typename }\"}]", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("BAD_REQUEST");
        assertThat(response.errorMessages().get(0)).contains("batched requests", "not accepted");
    }

    @Test
    void answersABatchUpToTheConfiguredSizeAndRefusesALargerOne() {
        String two = "[{\"query\": \"{ __typename }\"}, {\"query\": \"{ roadmaps { id } }\"}]";
        String three = "[" + String.join(", ", List.of("{\"query\": \"{ __typename }\"}").get(0),
                "{\"query\": \"{ __typename }\"}", "{\"query\": \"{ __typename }\"}") + "]";

        GraphQLResponse answered = small.post("/graphql", two, Map.of());
        GraphQLResponse refused = small.post("/graphql", three, Map.of());

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.at("/0/data/__typename").asText()).isEqualTo("Query");
        assertThat(answered.at("/1/data/roadmaps").isArray()).isTrue();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessages().get(0)).contains("1 to 2 operations", "it held 3");
    }

    @Test
    void capsListArgumentsAndFirst() {
        List<String> many = IntStream.range(0, 11).mapToObj(i -> "topic-" + i).toList();

        GraphQLResponse goals = small.query("query($g: [ID!]!) { learningPath(goals: $g) { totalHours } }",
                Map.of("g", many));
        GraphQLResponse first = shared.query("{ search(text: \"rag\", first: 100000) { __typename } }", Map.of());

        assertThat(goals.errorCodes()).containsExactly("BAD_USER_INPUT");
        assertThat(goals.errorMessages().get(0)).contains("at most 10");
        assertThat(first.errorCodes()).containsExactly("BAD_USER_INPUT");
        assertThat(first.errorMessages().get(0)).contains("first must be between 1 and 100");
    }

    @Test
    void stopsAQueryThatRunsPastItsTimeLimit() {
        try (TestServer hasty = TestServer.start(Map.of(
                "roadmap.limits.query-timeout", "1ms", "roadmap.cost.max-estimate", 100_000_000,
                "roadmap.bootstrap.enabled", false))) {
            GraphQLResponse response = hasty.query(
                    "{ roadmaps { topics { requires { topic { requiredBy { tools { id } } } } } } }", Map.of());

            assertThat(response.errorCodes()).as("one error for the query, not one per field").containsExactly("TIMEOUT");
            assertThat(response.errorMessages().get(0)).contains("time limit", "roadmap.limits.query-timeout");
        }
    }

    @Test
    void refusesABodyLargerThanTheRequestLimit() {
        String huge = json("{ search(text: \"" + "a".repeat(2 * 1024 * 1024) + "\") { __typename } }");

        GraphQLResponse response = shared.post("/graphql", huge, Map.of());

        assertThat(response.status()).isEqualTo(413);
        assertHealthy(shared);
    }

    private static void assertHealthy(TestServer server) {
        assertThat(server.query("{ roadmaps { id } }", Map.of()).assertNoErrors().at("/data/roadmaps/0/id").asText())
                .isEqualTo("ai-engineer");
        assertThat(server.get("/health", Map.of()).at("/status").asText()).isEqualTo("UP");
    }

    private static String json(String query) {
        return "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
