package io.roadmapgraph.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Metrics are off unless switched on; then {@code /prometheus} answers in Prometheus' text format with the GraphQL
 * requests per operation (a latency histogram), the errors per code, and Micronaut's HTTP and JVM meters.
 */
class MetricsIT {

    @Test
    void metricsAreOffByDefault() {
        TestServer api = TestServer.shared();

        assertThat(api.get("/prometheus", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/metrics", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void switchedOnPrometheusScrapesRequestTimingsPerOperationAndErrorsPerCode() {
        try (TestServer api = TestServer.start(Map.of("roadmap.metrics.enabled", true,
                "roadmap.bootstrap.enabled", false))) {
            api.graphql("topic", Map.of("id", "rag")).assertNoErrors();
            api.graphql("topic", Map.of("id", "rag")).assertNoErrors();
            api.query("{ topic(id: \"rag\") { noSuchField } }", Map.of());
            api.query("{ topic(id: ", Map.of());

            GraphQLResponse scrape = api.get("/prometheus", Map.of());

            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain"));
            assertThat(scrape.body())
                    .contains("graphql_request_seconds_count{operation=\"Topic\",outcome=\"ok\"} 2")
                    .contains("graphql_request_seconds_count{operation=\"anonymous\",outcome=\"error\"} 2")
                    .containsPattern("graphql_request_seconds_bucket\\{operation=\"Topic\",outcome=\"ok\",le=\"[0-9.]+\"}")
                    .contains("graphql_errors_total{code=\"GRAPHQL_VALIDATION_FAILED\"} 1")
                    .contains("graphql_errors_total{code=\"GRAPHQL_PARSE_FAILED\"} 1")
                    .contains("http_server_requests_seconds_count{")
                    .contains("jvm_memory_used_bytes{");
        }
    }
}
