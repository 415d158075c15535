package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.graphql.execution.GraphQLExecution;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Small queries whose answers explode (issue 12, item 2): lists nested in lists, and fragments spread many times.
 * The default limits refuse them before anything runs; with those limits loosened, the answer is cut off at
 * {@code roadmap.cost.max-values}, stopped at the deadline with one error, and stopped when the client leaves.
 */
class QueryCostIT {

    /** The attack as it was reported: 11 levels, 11 fields, 38 s and 2.7 GB on main. */
    static final String NESTED_LISTS = "{ roadmap(id: \"ai-engineer\") { tools { topics { tools { topics { tools {"
            + " topics { tools { topics { tools { id } } } } } } } } } } }";

    private static final TestServer api = TestServer.shared();

    @BeforeAll
    static void loaded() {
        api.query("{ roadmaps { id } }", Map.of()).assertNoErrors();
    }

    @Test
    void refusesNestedListsByTheirEstimateBeforeAnythingRuns() {
        long start = System.nanoTime();
        GraphQLResponse response = api.query(NESTED_LISTS, Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.errorCodes()).as(response.body()).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(response.errorMessages().get(0)).contains("the answer could hold about", "at most 1000000",
                "roadmap.cost.max-estimate");
        assertThat(response.json().has("data")).isFalse();
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void countsAFragmentEachTimeItIsSpread() {
        // F0 selects 3 fields; each further fragment spreads the one below 3 times: 3^12 = 531,441 fields
        StringBuilder document = new StringBuilder("{ topic(id: \"rag\") { ...F12 } }\n"
                + "fragment F0 on Topic { a: id b: title c: summary }\n");
        for (int i = 1; i <= 12; i++) {
            document.append("fragment F").append(i).append(" on Topic { parent { ...F").append(i - 1)
                    .append(" } ...F").append(i - 1).append(" layer { __typename } }\n");
        }
        String aliased = IntStream.rangeClosed(1, 12).mapToObj(i -> "fragment G" + i + " on Topic { x: parent { ...G"
                        + (i - 1) + " } y: parent { ...G" + (i - 1) + " } z: parent { ...G" + (i - 1) + " } }")
                .collect(Collectors.joining("\n", "{ topic(id: \"rag\") { ...G12 } }\nfragment G0 on Topic { id }\n",
                        ""));

        long start = System.nanoTime();
        GraphQLResponse chain = api.query(document.toString(), Map.of());
        GraphQLResponse tree = api.query(aliased, Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(chain.errorCodes()).as(chain.body()).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(tree.errorCodes()).as(tree.body()).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(tree.errorMessages().get(0)).contains("the query selects 1328602 fields",
                "each use of a fragment count", "at most 500", "roadmap.limits.max-complexity");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void cutsAnAnswerOffAtItsMostValuesWithOneError() {
        try (TestServer loose = loose(Map.of("roadmap.cost.max-values", 2000))) {
            long start = System.nanoTime();
            GraphQLResponse response = loose.query(NESTED_LISTS, Map.of());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(response.errorCodes()).as(response.body()).containsExactly("RESULT_TOO_LARGE");
            assertThat(response.errorMessages().get(0)).contains("grew past 2000 values",
                    "roadmap.cost.max-values", "cut off");
            assertThat(response.body().length()).as("the answer is about the size of 2000 values")
                    .isLessThan(200_000);
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            assertThat(loose.query("{ roadmaps { id } }", Map.of()).assertNoErrors().at("/data/roadmaps/0/id").asText())
                    .as("the next query has its own budget").isEqualTo("ai-engineer");
        }
    }

    @Test
    void stopsAtTheDeadlineWithOneErrorAndNoWorkAfterIt() {
        try (TestServer loose = loose(Map.of("roadmap.limits.query-timeout", "2s"))) {
            GraphQLExecution execution = loose.context().getBean(GraphQLExecution.class);
            // the first answer of a fresh server waits for its first snapshot: not what this test times
            loose.query("{ roadmap(id: \"ai-engineer\") { id } }", Map.of()).assertNoErrors();
            long start = System.nanoTime();
            GraphQLResponse response = loose.query(NESTED_LISTS, Map.of());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(response.errorCodes()).as("one error for the query, not one per field")
                    .containsExactly("TIMEOUT");
            assertThat(response.errorMessages().get(0)).contains("time limit", "roadmap.limits.query-timeout");
            // the documented bound: query-timeout + roadmap.query.timeout (5s)
            assertThat(took).isLessThan(Duration.ofSeconds(7));
            assertThat(execution.running()).isZero();
        }
    }

    @Test
    void stopsWorkingWhenTheClientCloses() throws IOException {
        try (TestServer loose = loose(Map.of("roadmap.limits.query-timeout", "120s"))) {
            GraphQLExecution execution = loose.context().getBean(GraphQLExecution.class);
            byte[] body = ("{\"query\": \"" + NESTED_LISTS.replace("\"", "\\\"") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket(loose.uri("/").getHost(), loose.uri("/").getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                assertThat(within(Duration.ofSeconds(10), () -> execution.running() == 1))
                        .as("the query is running").isTrue();
            }

            assertThat(within(Duration.ofSeconds(5), () -> execution.running() == 0))
                    .as("the query stopped within 5 s of the client leaving (it would run for 120 s)").isTrue();
        }
    }

    private static boolean within(Duration time, BooleanSupplier condition) {
        long end = System.nanoTime() + time.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** A server whose estimate lets every query run, so that the run-time bounds are what stops it. */
    private static TestServer loose(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(Map.of(
                "roadmap.cost.max-estimate", Long.MAX_VALUE / 8,
                "roadmap.limits.max-complexity", 100_000,
                "roadmap.cost.max-values", 1_000_000_000_000L,
                "roadmap.bootstrap.enabled", false));
        all.putAll(properties);
        TestServer server = TestServer.start(all);
        // the first requests set up the GraphQL engine and read the graph's snapshot: not timed
        server.query("{ roadmap(id: \"ai-engineer\") { tools { topics { tools { id } requires { topic { id } } } } } }",
                Map.of()).assertNoErrors();
        return server;
    }
}
