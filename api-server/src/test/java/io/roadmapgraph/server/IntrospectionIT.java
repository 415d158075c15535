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
            assertThat(schema.errorMessages()).anySatisfy(message -> assertThat(message).contains("__schema"));
            assertThat(type.errorMessages()).anySatisfy(message -> assertThat(message).contains("__type"));
            assertThat(api.graphql("typename").assertNoErrors().at("/data/__typename").asText()).isEqualTo("Query");
            assertThat(api.get("/graphiql", Map.of()).status()).isEqualTo(404);
        }
    }
}
