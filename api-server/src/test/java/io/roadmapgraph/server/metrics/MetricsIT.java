package io.roadmapgraph.server.metrics;

import static io.roadmapgraph.server.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Metrics are off unless switched on; then {@code /prometheus} answers in Prometheus' text format with the GraphQL
 * requests per operation (a latency histogram), the errors per code, the snapshot reads, the Neo4j driver's pool, and
 * Micronaut's HTTP and JVM meters — to this machine only, or to whoever sends {@code ROADMAP_METRICS_TOKEN}.
 */
class MetricsIT {

    /** A scrape line showing the driver's pool with an idle connection. */
    private static final Pattern IDLE_CONNECTION = Pattern.compile("(?m)^neo4j_pool_idle(\\{[^}]*})? [1-9]");

    @Test
    void metricsAreOffByDefault() {
        TestServer api = TestServer.shared();

        assertThat(api.get("/prometheus", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/metrics", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void switchedOnPrometheusScrapesRequestTimingsPerOperationAndErrorsPerCode() {
        try (TestServer api = metricsOn(Map.of())) {
            api.graphql("topic", Map.of("id", "rag")).assertNoErrors();
            api.graphql("topic", Map.of("id", "rag")).assertNoErrors();
            api.query("{ topic(id: \"rag\") { noSuchField } }", Map.of());
            api.query("{ topic(id: ", Map.of());

            // the server's own reads (the snapshot's revision check) borrow the pool's one connection now and
            // then: a scrape that finds it in use shows no idle connection (CI saw neo4j_pool_idle 0.0 once)
            GraphQLResponse scrape = eventually(() -> api.get("/prometheus", Map.of()),
                    r -> IDLE_CONNECTION.matcher(r.body()).find(), Duration.ofSeconds(10));

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
                    .contains("jvm_memory_used_bytes{")
                    // the snapshot was read once at least, and the driver's pool lent connections
                    .containsPattern("(?m)^roadmap_snapshot_reads_seconds_count(\\{[^}]*})? [1-9]")
                    .containsPattern("(?m)^roadmap_snapshot_reads_seconds_sum(\\{[^}]*})? [0-9]")
                    .containsPattern("(?m)^neo4j_pool_acquisition_seconds_count(\\{[^}]*})? [1-9]")
                    .containsPattern("(?m)^neo4j_pool_in_use(\\{[^}]*})? [0-9]")
                    .containsPattern(IDLE_CONNECTION)
                    .containsPattern("(?m)^neo4j_pool_opened_total(\\{[^}]*})? [1-9]")
                    .contains("neo4j_pool_timed_out_to_acquire_total");
        }
    }

    @Test
    void switchedOnWithoutATokenPrometheusAnswersThisMachineButNotWhatAProxyPassesOn() {
        try (TestServer api = metricsOn(Map.of())) {
            assertThat(api.get("/prometheus", Map.of()).status()).isEqualTo(200);

            GraphQLResponse proxied = api.get("/prometheus", Map.of("X-Forwarded-For", "203.0.113.9"));

            assertThat(proxied.status()).isEqualTo(403);
            assertThat(proxied.body()).contains("ROADMAP_METRICS_TOKEN");
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            127.0.0.1,   ,                 true
            ::1,         ,                 true
            10.1.2.3,    ,                 false
            192.0.2.7,   ,                 false
            127.0.0.1,   X-Forwarded-For,  false
            127.0.0.1,   Forwarded,        false
            127.0.0.1,   X-Real-IP,        false
            """)
    void onlyALoopbackCallerThatNoProxyPassedOnIsThisMachine(String address, String proxyHeader, boolean local)
            throws Exception {
        MutableHttpRequest<?> request = HttpRequest.GET("/prometheus");
        if (proxyHeader != null) {
            request.header(proxyHeader, "203.0.113.9");
        }
        assertThat(PrometheusAccess.local(InetAddress.getByName(address), request.getHeaders())).isEqualTo(local);
    }

    @Test
    void withATokenPrometheusAsksEveryCallerForIt() {
        String token = "scrape-0123456789abcdef";
        try (TestServer api = metricsOn(Map.of("roadmap.metrics.token", token))) {
            GraphQLResponse none = api.get("/prometheus", Map.of());
            GraphQLResponse wrong = api.get("/prometheus", Map.of("Authorization", "Bearer not-" + token));
            GraphQLResponse right = api.get("/prometheus", Map.of("Authorization", "Bearer " + token));

            assertThat(none.status()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"prometheus\"");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(right.status()).isEqualTo(200);
            assertThat(right.body()).contains("jvm_memory_used_bytes{");
        }
    }

    private static TestServer metricsOn(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of("roadmap.metrics.enabled", true,
                "roadmap.bootstrap.enabled", false));
        properties.putAll(more);
        return TestServer.start(properties);
    }
}
