package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntrospectionIT {

    @Test
    void answersIntrospectionByDefault() {
        GraphQLResponse response = TestServer.shared().graphql("introspection").assertNoErrors();

        assertThat(response.at("/data/__schema/queryType/name").asText()).isEqualTo("Query");
        assertThat(response.at("/data/__schema/types").findValuesAsText("name")).contains("Topic", "LearningPath");
    }

    @Test
    void refusesIntrospectionAndGraphiQLWhenSwitchedOff() {
        try (TestServer api = TestServer.start(Map.of(
                "roadmap.graphql.introspection", false,
                "graphql.graphiql.enabled", false))) {
            GraphQLResponse schema = api.graphql("introspection");
            GraphQLResponse type = api.query("{ __type(name: \"Topic\") { name } }", Map.of());

            assertThat(schema.data().isNull() || schema.data().isMissingNode()).as(schema.body()).isTrue();
            assertThat(schema.errorCodes()).containsExactly("INTROSPECTION_DISABLED");
            assertThat(schema.errorMessages().get(0)).contains("introspection (__schema, __type) is turned off",
                    "roadmap.graphql.introspection", "/graphql/schema.graphqls");
            assertThat(type.errorCodes()).containsExactly("INTROSPECTION_DISABLED");
            assertThat(api.get("/graphql/schema.graphqls", Map.of()).body()).as("the SDL stays published")
                    .contains("type Query");
            assertThat(api.graphql("typename").assertNoErrors().at("/data/__typename").asText()).isEqualTo("Query");
            assertThat(api.get("/graphiql", Map.of()).status()).isEqualTo(404);
        }
    }
}
