package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.roadmapgraph.server.graphql.wiring.BatchLoaders;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parent-fields shortcut answers exactly what graphql-java's own strategy answers for the same schema, and keeps
 * to the request's budget.
 */
class ParentFieldsStrategyIT {

    private static final TestServer api = TestServer.shared();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}, goals {1} and {2}")
    @CsvSource(textBlock = """
            hybrid-search, agents,      fine-tuning
            rag,           rag,         python
            agents,        rag-evaluation, python
            """)
    void answersWhatGraphqlJavasOwnStrategyAnswers(String topic, String goal, String other) {
        Map<String, Object> variables = Map.of("topic", topic, "goals", List.of(goal, other));
        String document = TestServer.operation("parentFields");

        GraphQLResponse ours = api.query(document, variables).assertNoErrors();
        ExecutionResult theirs = graphqlJavasOwn(document, variables);

        assertThat(theirs.getErrors()).isEmpty();
        JsonNode expected = JSON.valueToTree(theirs.getData());
        assertThat(ours.data()).isEqualTo(expected);
        assertThat(ours.data().at("/a").size()).as("a transitive closure, not a trivial answer").isGreaterThan(3);
    }

    @ParameterizedTest(name = "{0}, goals {1} and {2}")
    @CsvSource(textBlock = """
            hybrid-search, agents,      fine-tuning
            rag,           rag,         python
            """)
    void writesTheSameBytesAsTheMapperWritesForGraphqlJavasOwnAnswer(String topic, String goal, String other)
            throws Exception {
        Map<String, Object> variables = Map.of("topic", topic, "goals", List.of(goal, other));
        String document = TestServer.operation("parentFields");

        GraphQLResponse ours = api.query(document, variables).assertNoErrors();
        ExecutionResult theirs = graphqlJavasOwn(document, variables);

        assertThat(theirs.getErrors()).isEmpty();
        assertThat(ours.body()).isEqualTo(JSON.writeValueAsString(theirs.toSpecification()));
    }

    @ParameterizedTest(name = "{0}, knowing {1} and {2}")
    @CsvSource(textBlock = """
            hybrid-search, rag, ai-interfaces
            agents,        rag, ai-interfaces
            """)
    void writesTheSameBytesWhenTopicsAndProjectsAreWrittenFromTheirEncodingOnceMadeForTheSnapshot(String topic,
                                                                                                   String known,
                                                                                                   String other)
            throws Exception {
        Map<String, Object> variables = Map.of("topic", topic, "known", List.of(known, other));
        String document = TestServer.operation("encodedNodes");
        ExecutionResult theirs = graphqlJavasOwn(document, variables);
        assertThat(theirs.getErrors()).isEmpty();
        String expected = JSON.writeValueAsString(theirs.toSpecification());

        GraphQLResponse first = api.query(document, variables).assertNoErrors();
        GraphQLResponse again = api.query(document, variables).assertNoErrors();

        assertThat(first.body()).isEqualTo(expected);
        assertThat(again.body()).isEqualTo(expected);
        assertThat(again.data().at("/prerequisites").size()).as("a transitive closure").isGreaterThan(3);
        assertThat(again.data().at("/buildableProjects").size()).as("projects to write").isGreaterThan(0);
    }

    @Test
    void aDocumentSentAgainWithOtherVariablesIsAnsweredByItsFirstPlansAsGraphqlJavaAnswersIt() {
        String document = TestServer.operation("parentFields");
        DocumentCache documents = api.context().getBean(DocumentCache.class);
        long hits = documents.stats().hits();

        for (List<String> asked : List.of(List.of("rag", "rag", "python"), List.of("agents", "rag-evaluation", "agents"),
                List.of("hybrid-search", "fine-tuning", "rag"))) {
            Map<String, Object> variables = Map.of("topic", asked.get(0), "goals", asked.subList(1, 3));
            assertThat(api.query(document, variables).assertNoErrors().data()).as("asked %s", asked)
                    .isEqualTo(JSON.valueToTree(graphqlJavasOwn(document, variables).getData()));
        }
        assertThat(documents.stats().hits()).as("the same parsed document, so the same plans").isGreaterThan(hits);
    }

    /** The answer of graphql-java's own strategy over the server's schema and batch loaders. */
    private static ExecutionResult graphqlJavasOwn(String document, Map<String, Object> variables) {
        return GraphQL.newGraphQL(api.context().getBean(GraphQLSchema.class)).build()
                .execute(ExecutionInput.newExecutionInput().query(document).variables(variables)
                        .dataLoaderRegistry(api.context().getBean(BatchLoaders.class).newRegistry()).build());
    }

    @Test
    void cutsALongListOfParentFieldsAtTheAnswersMostValuesWithOneError() {
        api.query("{ roadmaps { id } }", Map.of()).assertNoErrors(); // the shared server has loaded the roadmap
        try (TestServer tight = TestServer.start(Map.of("roadmap.cost.max-values", 10,
                "roadmap.bootstrap.enabled", false))) {
            GraphQLResponse response = tight.query("query($t: ID!) { prerequisites(topic: $t) { depth topic { id title"
                    + " } } }", Map.of("t", "hybrid-search"));

            assertThat(response.errorCodes()).as(response.body()).containsExactly("RESULT_TOO_LARGE");
        }
    }
}
