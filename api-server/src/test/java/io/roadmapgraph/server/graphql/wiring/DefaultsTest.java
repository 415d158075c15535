package io.roadmapgraph.server.graphql.wiring;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Defaults} read through graphql-java as the server runs it: a schema with a default of every kind the server's
 * schema declares, each field answering what its fetcher was given.
 */
class DefaultsTest {

    private static final String SDL = """
            enum Match { ALL ANY }
            input Record { hours: Int = 0, note: String = "", done: Boolean = false }
            type Query {
              number(first: Int = 10): Int
              text(note: String = ""): String
              flag(transitive: Boolean = true): Boolean
              constant(match: Match = ALL): String
              list(known: [ID!] = []): Int
              records(records: [Record!]!): String
            }
            """;

    /** What each field answers when its argument is the schema's default. */
    private static final Map<String, Object> DEFAULTS = Map.of("number", 10, "text", "", "flag", true,
            "constant", "ALL", "list", 0);

    private final GraphQL graphQL = GraphQL.newGraphQL(schema()).build();

    @Test
    void anExplicitNullMeansTheSchemasDefaultOfEveryKind() {
        assertThat(run("{ number(first: null) text(note: null) flag(transitive: null) constant(match: null) "
                + "list(known: null) }")).isEqualTo(DEFAULTS);
    }

    @Test
    void aLeftOutArgumentIsTheSchemasDefault() {
        assertThat(run("{ number text flag constant list }")).isEqualTo(DEFAULTS);
    }

    @Test
    void aGivenValueIsKept() {
        assertThat(run("{ number(first: 3) text(note: \"x\") flag(transitive: false) constant(match: ANY) "
                + "list(known: [\"a\", \"b\"]) }"))
                .isEqualTo(Map.of("number", 3, "text", "x", "flag", false, "constant", "ANY", "list", 2));
    }

    @Test
    void anInputObjectsNullFieldsAreItsDefaultsAndItsGivenOnesKept() {
        Map<String, Object> data = run("{ records(records: [{hours: null, note: null, done: null}, "
                + "{hours: 4, note: \"n\", done: true}]) }");

        assertThat(data).containsEntry("records", "0||false;4|n|true");
    }

    private Map<String, Object> run(String query) {
        ExecutionResult result = graphQL.execute(query);
        assertThat(result.getErrors()).isEmpty();
        return result.getData();
    }

    private static GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("number", env -> Defaults.<Integer>argument(env, "first"))
                        .dataFetcher("text", env -> Defaults.<String>argument(env, "note"))
                        .dataFetcher("flag", env -> Defaults.<Boolean>argument(env, "transitive"))
                        .dataFetcher("constant", env -> Defaults.<String>argument(env, "match"))
                        .dataFetcher("list", env -> Defaults.<List<?>>argument(env, "known").size())
                        .dataFetcher("records", env -> {
                            var input = Defaults.inputType(env, "records");
                            List<Map<String, Object>> records = env.getArgument("records");
                            return String.join(";", records.stream().map(r -> Defaults.field(input, r, "hours")
                                    + "|" + Defaults.field(input, r, "note") + "|" + Defaults.field(input, r, "done"))
                                    .toList());
                        }))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }
}
