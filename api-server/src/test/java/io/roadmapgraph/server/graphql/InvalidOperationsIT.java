package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Arguments graphql-java itself rejects still come back with a code, and nothing leaks. */
class InvalidOperationsIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void anArgumentOfTheWrongTypeIsBadUserInput() {
        assertCode(server.run("wrongArgumentType"), "BAD_USER_INPUT");
    }

    @Test
    void aMissingRequiredArgumentIsBadUserInput() {
        assertCode(server.run("missingArgument"), "BAD_USER_INPUT");
    }

    @Test
    void aVariableThatCannotBeCoercedIsBadUserInput() {
        assertCode(server.run("search", Map.of("text", "rag", "first", "many")), "BAD_USER_INPUT");
    }

    private static void assertCode(JsonNode response, String code) {
        assertThat(response.path("errors").size()).as("%s", response).isPositive();
        response.path("errors").forEach(e -> assertThat(e.at("/extensions/code").asText()).isEqualTo(code));
        assertThat(response.toString()).doesNotContain("Exception", "at io.", "at org.");
    }
}
