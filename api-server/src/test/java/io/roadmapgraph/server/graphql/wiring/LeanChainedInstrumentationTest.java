package io.roadmapgraph.server.graphql.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain that skips the callbacks nobody implements still calls every callback somebody does. */
class LeanChainedInstrumentationTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { greeting: String, list: [Item] } type Item { name: String }"),
            RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                    .dataFetcher("greeting", env -> "hello")
                    .dataFetcher("list", env -> List.of(Map.of("name", "a"), Map.of("name", "b")))).build());

    /** Records the operation and data-fetcher callbacks it gets. */
    private static final class Recording extends SimplePerformantInstrumentation {
        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            calls.add("operation");
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters
                parameters, InstrumentationState state) {
            calls.add("fetcher " + parameters.getEnvironment().getField().getName());
            return fetcher;
        }
    }

    /** Records the field callbacks it gets. */
    private static final class FieldRecording extends SimplePerformantInstrumentation {
        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                                                                  InstrumentationState state) {
            calls.add("field " + parameters.getExecutionStepInfo().getPath());
            return SimpleInstrumentationContext.noOp();
        }
    }

    @Test
    void everyCallbackAMemberImplementsIsCalledAsGraphqlJavasChainWouldCallIt() {
        Recording operations = new Recording();
        FieldRecording fields = new FieldRecording();
        GraphQL graphQL = GraphQL.newGraphQL(SCHEMA)
                .instrumentation(new LeanChainedInstrumentation(List.of(operations, fields))).build();

        ExecutionResult result = graphQL.execute("{ greeting list { name } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("greeting", "hello");
        assertThat(operations.calls).contains("operation", "fetcher greeting", "fetcher list", "fetcher name");
        assertThat(fields.calls).contains("field /greeting", "field /list", "field /list[0]/name",
                "field /list[1]/name");
    }

    @Test
    void aCallbackIsKnownAsImplementedOnlyWhenAMemberOverridesGraphqlJavasNoOp() {
        List<Instrumentation> members = List.of(new Recording(), new FieldRecording());

        assertThat(LeanChainedInstrumentation.anyImplements(members, "beginFieldExecution",
                InstrumentationFieldParameters.class)).isTrue();
        assertThat(LeanChainedInstrumentation.anyImplements(members, "beginFieldFetch",
                InstrumentationFieldFetchParameters.class)).isFalse();
        assertThat(LeanChainedInstrumentation.anyImplements(List.of(new Recording()), "beginFieldExecution",
                InstrumentationFieldParameters.class)).isFalse();
    }

    @Test
    void aChainWhoseMembersImplementNoFieldCallbackAnswersTheSameAsGraphqlJavasChain() {
        String query = "{ greeting list { name } }";
        Instrumentation member = new Recording();
        ExecutionResult lean = GraphQL.newGraphQL(SCHEMA)
                .instrumentation(new LeanChainedInstrumentation(List.of(member))).build().execute(query);
        ExecutionResult chained = GraphQL.newGraphQL(SCHEMA)
                .instrumentation(new graphql.execution.instrumentation.ChainedInstrumentation(List.of(member)))
                .build().execute(query);

        assertThat(lean.toSpecification()).isEqualTo(chained.toSpecification());
    }
}
