package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsIT {

    static final String ALLOWED = "https://learn.example.org";
    static final String ALSO_ALLOWED = "http://localhost:3000";
    static TestServer api;

    @BeforeAll
    static void start() {
        // the form ROADMAP_CORS_ALLOWED_ORIGINS gives: one comma-separated string
        api = TestServer.start(Map.of(
                "micronaut.server.cors.configurations.web.allowed-origins", ALLOWED + "," + ALSO_ALLOWED));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {ALLOWED, ALSO_ALLOWED})
    void allowsAPreflightFromAListedOrigin(String origin) {
        GraphQLResponse response = api.send("OPTIONS", "/graphql", preflight(origin));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));
    }

    @Test
    void answersAQueryFromAListedOriginWithTheCorsHeader() {
        GraphQLResponse response = api.post("/graphql", "{\"query\":\"{ __typename }\"}", Map.of("Origin", ALLOWED))
                .assertNoErrors();

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.com", "https://learn.example.org.evil.com", "null"})
    void refusesAPreflightFromAnyOtherOrigin(String origin) {
        GraphQLResponse response = api.send("OPTIONS", "/graphql", preflight(origin));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void refusesAQueryFromAnotherOrigin() {
        GraphQLResponse response = api.post("/graphql", "{\"query\":\"{ __typename }\"}",
                Map.of("Origin", "https://evil.example.com"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void allowsNoOriginWhenNoneIsConfigured() {
        GraphQLResponse response = TestServer.shared().send("OPTIONS", "/graphql", preflight(ALLOWED));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static Map<String, String> preflight(String origin) {
        return Map.of("Origin", origin,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
    }
}
