package io.roadmapgraph.server.graphql.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentCacheTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { echo(text: String!): String  twice(n: Int!): Int }"),
            RuntimeWiring.newRuntimeWiring().type(TypeRuntimeWiring.newTypeWiring("Query")
                    .dataFetcher("echo", env -> env.getArgument("text"))
                    .dataFetcher("twice", env -> 2 * env.<Integer>getArgument("n"))).build());

    /** Counts how often the cache asks graphql-java to parse and validate, per document text. */
    private static final class CountingParser implements Function<ExecutionInput, PreparsedDocumentEntry> {
        final Map<String, Integer> calls = new HashMap<>();

        @Override
        public PreparsedDocumentEntry apply(ExecutionInput input) {
            calls.merge(input.getQuery(), 1, Integer::sum);
            if (input.getQuery().contains("invalid")) {
                return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
            }
            return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
        }

        int total() {
            return calls.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Test
    void answersEveryRequestExactlyAsAnEngineWithoutTheCache() {
        GraphQL cached = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(new DocumentCache(10_000)).build();
        GraphQL plain = GraphQL.newGraphQL(SCHEMA).build();
        List<ExecutionInput.Builder> requests = List.of(
                input("query($t: String!) { echo(text: $t) }", Map.of("t", "one")),
                input("query($t: String!) { echo(text: $t) }", Map.of("t", "two")),
                input("query($n: Int!) { twice(n: $n) }", Map.of("n", 21)),
                input("query($n: Int!) { twice(n: $n) }", Map.of("n", "not a number")),
                input("{ echo(text: \"x\") nope }", Map.of()),
                input("{ echo(text: ", Map.of()),
                input("query A { echo(text: \"a\") } query B { twice(n: 2) }", Map.of()).operationName("A"),
                input("query A { echo(text: \"a\") } query B { twice(n: 2) }", Map.of()).operationName("B"));

        for (int round = 0; round < 3; round++) {
            for (ExecutionInput.Builder request : requests) {
                assertThat(cached.execute(request.build()).toSpecification())
                        .as("round %d: %s", round, request.build().getQuery())
                        .isEqualTo(plain.execute(request.build()).toSpecification());
            }
        }
    }

    @Test
    void parsesAndValidatesARepeatedDocumentOnce() {
        DocumentCache cache = new DocumentCache(10_000);
        CountingParser parser = new CountingParser();
        String query = "query($t: String!) { echo(text: $t) }";

        Document first = cache.getDocumentAsync(input(query, Map.of("t", "a")).build(), parser).join().getDocument();
        Document second = cache.getDocumentAsync(input(query, Map.of("t", "b")).build(), parser).join().getDocument();
        cache.getDocumentAsync(input(query, Map.of()).build(), parser).join();

        assertThat(parser.calls).containsExactly(Map.entry(query, 1));
        assertThat(second).isSameAs(first);
        assertThat(cache.stats()).isEqualTo(new DocumentCache.Stats(1, query.length(), 2, 1));
    }

    @Test
    void showsAKeptDocumentToOtherReadersWithoutCountingItAsAHit() {
        DocumentCache cache = new DocumentCache(10_000);
        String query = "{ echo(text: \"a\") }";

        assertThat(cache.cached(query)).isEmpty();
        Document kept = cache.getDocumentAsync(input(query, Map.of()).build(), new CountingParser()).join()
                .getDocument();

        assertThat(cache.cached(query)).containsSame(kept);
        assertThat(cache.stats()).isEqualTo(new DocumentCache.Stats(1, query.length(), 0, 1));
    }

    @Test
    void keepsNoDocumentWithErrorsSoEachRequestGetsItsErrorsAgain() {
        DocumentCache cache = new DocumentCache(10_000);
        CountingParser parser = new CountingParser();
        String query = "{ invalid }";

        PreparsedDocumentEntry first = cache.getDocumentAsync(input(query, Map.of()).build(), parser).join();
        PreparsedDocumentEntry second = cache.getDocumentAsync(input(query, Map.of()).build(), parser).join();

        assertThat(first.hasErrors()).isTrue();
        assertThat(second.hasErrors()).isTrue();
        assertThat(parser.calls).containsExactly(Map.entry(query, 2));
        assertThat(cache.stats().documents()).isZero();
    }

    @Test
    void dropsTheLeastRecentlyUsedDocumentWhenTheCharacterBudgetIsFull() {
        String a = "{ echo(text: \"aaaaaaaaaaaaaaaaaaaaaaaaaa\") }";
        String b = "{ echo(text: \"bbbbbbbbbbbbbbbbbbbbbbbbbb\") }";
        String c = "{ echo(text: \"cccccccccccccccccccccccccc\") }";
        DocumentCache cache = new DocumentCache(2L * a.length()); // room for two of them
        CountingParser parser = new CountingParser();

        for (String query : List.of(a, b, a, c, a, b)) {
            cache.getDocumentAsync(input(query, Map.of()).build(), parser).join();
        }

        // a stays (used before c came), b went when c came and is parsed again
        assertThat(parser.calls).containsExactlyInAnyOrderEntriesOf(Map.of(a, 1, b, 2, c, 1));
        assertThat(cache.stats().characters()).isLessThanOrEqualTo(2L * a.length());
        assertThat(cache.stats().documents()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # budget, why nothing is kept
            0,  the cache is off
            10, the document is longer than the whole budget
            """)
    void keepsNothingWhenTheDocumentDoesNotFit(long budget, String why) {
        DocumentCache cache = new DocumentCache(budget);
        CountingParser parser = new CountingParser();
        String query = "{ echo(text: \"a document longer than ten characters\") }";

        cache.getDocumentAsync(input(query, Map.of()).build(), parser).join();
        cache.getDocumentAsync(input(query, Map.of()).build(), parser).join();

        assertThat(parser.calls).as(why).containsExactly(Map.entry(query, 2));
        assertThat(cache.stats().documents()).as(why).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20_261_130})
    void neverHoldsMoreThanItsBudgetAndParsesEachDocumentAgainOnlyAfterItWasDropped(long seed) {
        Random random = new Random(seed);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pool.add("{ echo(text: \"" + "x".repeat(random.nextInt(60)) + i + "\") }");
        }
        long budget = 200 + random.nextInt(1000);
        DocumentCache cache = new DocumentCache(budget);
        CountingParser parser = new CountingParser();
        AtomicInteger requests = new AtomicInteger();

        for (int i = 0; i < 2000; i++) {
            String query = pool.get(random.nextInt(random.nextBoolean() ? 5 : pool.size()));
            PreparsedDocumentEntry entry = cache.getDocumentAsync(input(query, Map.of()).build(), parser).join();
            requests.incrementAndGet();
            assertThat(entry.getDocument()).as("seed %d", seed).isNotNull();
            assertThat(cache.stats().characters()).as("seed %d", seed).isLessThanOrEqualTo(budget);
        }

        DocumentCache.Stats stats = cache.stats();
        assertThat(stats.hits() + stats.misses()).as("seed %d", seed).isEqualTo(requests.get());
        assertThat(stats.misses()).as("seed %d: a miss is one parse", seed).isEqualTo(parser.total());
        assertThat(stats.hits()).as("seed %d: the five frequent documents fit, so they hit", seed).isPositive();
    }

    @Test
    void refusesANegativeBudgetAndSaysWhichPropertyToFix() {
        assertThatThrownBy(() -> new DocumentCache(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roadmap.graphql.document-cache-characters")
                .hasMessageContaining("at least 0")
                .hasMessageContaining("was -1");
    }

    private static ExecutionInput.Builder input(String query, Map<String, Object> variables) {
        return ExecutionInput.newExecutionInput().query(query).variables(variables);
    }
}
