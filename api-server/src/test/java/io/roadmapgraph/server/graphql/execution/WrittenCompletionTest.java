package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long list of objects completed for the transport is written as JSON while it is completed: the bytes, the errors
 * and the values counted in the budget are graphql-java's own strategy's, for nested objects and lists, nulls, every
 * built-in scalar, enums, {@code __typename}, a null where the schema says non-null, a future and a spent budget.
 */
class WrittenCompletionTest {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private static final String SDL = """
            type Query { items: [Item!]! item: Item loose: [Item] strict: [Item!] later: [Item!]! }
            type Item { n: Int! share: Float hit: Boolean! name: String tags: [String] kind: Kind! id: ID!
                        child: Item children: [Item!]! strict: Int! later: String }
            enum Kind { A B }
            """;

    record Item(int n, Double share, boolean hit, String name, List<String> tags, String kind, String id, Item child,
                List<Item> children, Integer strict, Object later) {
    }

    private final EncodedNodes nodes = new EncodedNodes(JSON, EncodedNodesTest.memos());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{ items { n share hit name tags kind id } }",
            "{ items { __typename n k: kind ... on Item { share } ...F child { n child { name } }"
                    + " children { n tags } } } fragment F on Item { hit tags }",
            "{ item { n children { n share children { id } } } loose { n } }",
            "{ a: items { n } b: items { name n } }",
            "{ strict { n strict } }",
            "{ later { n later } }"
    })
    void writesTheBytesGraphqlJavasOwnStrategyWrites(String document) throws Exception {
        ExecutionResult theirs = run(document, new AsyncExecutionStrategy(), null, null);

        ExecutionResult written = run(document, ours(), nodes, null);

        assertThat(bytes(written.toSpecification())).isEqualTo(bytes(theirs.toSpecification()));
        assertThat(written.getErrors()).hasSameSizeAs(theirs.getErrors());
    }

    @Test
    void answersTheListAsOneWrittenValueWhereItCanAndAsGraphqlJavasValueWhereItGivesItBack() throws Exception {
        Map<String, Object> data = run("{ items { n } strict { n strict } }", ours(), nodes, null).getData();

        assertThat(data.get("items")).isInstanceOf(EncodedNodes.Encoded.class);
        assertThat(bytes(data.get("items"))).startsWith("[{\"n\":1},{\"n\":2}");
        assertThat(data.get("strict")).as("a null in a non-null field: graphql-java's error and null").isNull();
    }

    @Test
    void countsTheSameValuesInTheBudgetAsTheMapsDoAndGivesTheValueBackWhenTheBudgetIsSpent() throws Exception {
        String document = "{ items { n tags children { n tags } } }";
        ExecutionBudget maps = budget(1_000);
        ExecutionBudget written = budget(1_000);
        run(document, ours(), null, maps);
        ExecutionResult answer = run(document, ours(), nodes, written);

        assertThat(written.values()).isEqualTo(maps.values()).isGreaterThan(20);
        assertThat(answer.<Map<String, Object>>getData().get("items")).isInstanceOf(EncodedNodes.Encoded.class);

        for (long max = 1; max < maps.values(); max += 3) {
            ExecutionBudget spentMaps = budget(max);
            ExecutionBudget spentWritten = budget(max);
            ExecutionResult fromMaps = run(document, ours(), null, spentMaps);
            ExecutionResult fromWritten = run(document, ours(), nodes, spentWritten);

            assertThat(bytes(fromWritten.toSpecification())).as("at most %s values", max)
                    .isEqualTo(bytes(fromMaps.toSpecification()));
            assertThat(spentWritten.values()).as("at most %s values", max).isEqualTo(spentMaps.values());
            assertThat(spentWritten.stopped()).isEqualTo(spentMaps.stopped()).isPresent();
            assertThat(fromWritten.<Map<String, Object>>getData().get("items")).as("given back at %s", max)
                    .isNotInstanceOf(EncodedNodes.Encoded.class);
        }
    }

    @Test
    void completesAListFetchedBeforeTheBudgetWasSpentAsEmptyWithoutCompletingItsItemsAndAnObjectAsGraphqlJavaDoes() throws Exception {
        String document = "{ items { n children { n } } item { n } }";
        ExecutionBudget spent = budget(0);
        assertThat(spent.admit()).isFalse();

        ExecutionResult answer = run(document, ours(), nodes, spent);

        assertThat(bytes(run(document, ours(), nodes, budget(1_000)).getData())).as("what the budget would answer")
                .startsWith("{\"items\":[{\"n\":1,");
        assertThat(bytes(answer.getData())).as("the items fetched before the stop are not completed one by one")
                .startsWith("{\"items\":[],");
        assertThat(bytes(answer.getData())).as("an object fetched before the stop is completed, as graphql-java does")
                .endsWith(",\"item\":{\"n\":2}}");
        assertThat(spent.values()).isEqualTo(1);
    }

    private static ExecutionBudget budget(long maxValues) {
        return new ExecutionBudget(System.nanoTime() + 60_000_000_000L, maxValues);
    }

    private static List<Item> items() {
        List<Item> items = new ArrayList<>();
        double[] shares = {0.0, -0.0, 0.1, 1e21, 3.0, 1.0 / 3, Double.MIN_VALUE};
        for (int i = 1; i <= 7; i++) {
            List<String> tags = i % 2 == 0 ? List.of() : Arrays.asList("x", null, "tab\t");
            Item leaf = new Item(100 + i, null, false, "leaf \"" + i + "\" \u2028 ü \uD83D\uDE80", tags, "B", "l" + i,
                    null, List.of(), 0, null);
            items.add(new Item(i, i == 3 ? null : shares[i - 1], i % 3 == 0, i == 5 ? null : "item " + i,
                    i == 2 ? null : List.of("t" + i), i % 2 == 0 ? "A" : "B", "i" + i, i % 2 == 0 ? leaf : null,
                    i == 4 ? List.of() : List.of(leaf, leaf), i, null));
        }
        return items;
    }

    private static GraphQLSchema schema() {
        List<Item> items = items();
        List<Item> strict = new ArrayList<>(items);
        Item last = items.get(6);
        strict.set(6, new Item(last.n(), last.share(), last.hit(), last.name(), last.tags(), last.kind(), last.id(),
                last.child(), last.children(), null, null));
        List<Item> later = items.stream().map(i -> new Item(i.n(), i.share(), i.hit(), i.name(), i.tags(), i.kind(),
                i.id(), i.child(), i.children(), i.strict(), CompletableFuture.completedFuture("later " + i.n())))
                .toList();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", q -> q.dataFetcher("items", env -> items)
                        .dataFetcher("item", env -> items.get(1))
                        .dataFetcher("loose", env -> Arrays.asList(items.get(0), null, items.get(2)))
                        .dataFetcher("strict", env -> strict)
                        .dataFetcher("later", env -> later))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    private static ParentFieldsStrategy ours() {
        return new ParentFieldsStrategy(new SimpleDataFetcherExceptionHandler());
    }

    private static final GraphQLSchema SCHEMA = schema();

    private static ExecutionResult run(String document, AsyncExecutionStrategy strategy, EncodedNodes encoding,
                                       ExecutionBudget budget) {
        return EncodedNodesTest.execute(SCHEMA, document, strategy, encoding, budget);
    }

    /** The bytes the transport writes. */
    private static String bytes(Object answer) throws Exception {
        return new String(JSON.writeValueAsBytes(answer), StandardCharsets.UTF_8);
    }
}
