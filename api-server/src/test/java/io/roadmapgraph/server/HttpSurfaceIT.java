package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HttpSurfaceIT {

    static final TestServer api = TestServer.shared();

    @Test
    void answersAnOperationFromAFileOverPost() {
        GraphQLResponse response = api.graphql("typename").assertNoErrors();

        assertThat(response.at("/data/__typename").asText()).isEqualTo("Query");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void answersAQueryOverGet() {
        String query = URLEncoder.encode(TestServer.operation("typename"), StandardCharsets.UTF_8);

        GraphQLResponse response = api.get("/graphql?query=" + query, Map.of()).assertNoErrors();

        assertThat(response.at("/data/__typename").asText()).isEqualTo("Query");
    }

    @Test
    void healthIsUpAndChecksNeo4j() {
        GraphQLResponse response = api.get("/health", Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.at("/status").asText()).isEqualTo("UP");
        assertThat(response.at("/details").isMissingNode()).as("details for operators only (HealthAccessIT)").isTrue();
    }

    @Test
    void servesGraphiQL() {
        GraphQLResponse response = api.get("/graphiql", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).containsIgnoringCase("graphiql").contains("/graphql");
    }

    @Test
    void servesTheSchemaFileAsWritten() throws IOException {
        GraphQLResponse response = api.get("/graphql/schema.graphqls", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo(schemaResource());
    }

    @Test
    void theServedSchemaDescribesTheLiveSchema() {
        TypeDefinitionRegistry served = new SchemaParser().parse(api.get("/graphql/schema.graphqls", Map.of()).body());
        GraphQLSchema live = api.context().getBean(GraphQLSchema.class);

        Set<String> liveTypes = live.getAllTypesAsList().stream()
                .map(GraphQLNamedType::getName)
                .filter(name -> !name.startsWith("__"))
                .filter(name -> !Set.of("String", "Int", "Float", "Boolean", "ID").contains(name))
                .collect(Collectors.toSet());
        assertThat(served.types().keySet()).containsExactlyInAnyOrderElementsOf(liveTypes);
        ObjectTypeDefinition servedQuery = served.getType("Query", ObjectTypeDefinition.class).orElseThrow();
        // a feature may add its fields with `extend type Query { ... }`
        List<String> servedFields = Stream.concat(Stream.of(servedQuery),
                        served.objectTypeExtensions().getOrDefault("Query", List.of()).stream())
                .flatMap(type -> type.getFieldDefinitions().stream()).map(FieldDefinition::getName).toList();
        assertThat(live.getQueryType().getFieldDefinitions())
                .extracting(GraphQLFieldDefinition::getName)
                .containsExactlyInAnyOrderElementsOf(servedFields);
    }

    @Test
    void answersUnknownPathsWithNotFound() {
        assertThat(api.get("/graphql/nothing-here", Map.of()).status()).isEqualTo(404);
    }

    private static String schemaResource() throws IOException {
        try (InputStream in = HttpSurfaceIT.class.getResourceAsStream("/schema.graphqls")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
