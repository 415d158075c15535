package io.roadmapgraph.server.graphql;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.server.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every argument of every question and progress write, given values a client may send by mistake (unknown and empty
 * ids, an explicit null, out-of-range and extreme numbers, far dates, long and odd texts, lists over the limit), is
 * answered with data or a client's error code: never {@code INTERNAL}, never a 5xx. The operations are made from the
 * served schema by a seeded generator (a failure names its seed, document and variables), so a field or argument
 * added later is covered without a new file; each seed writes as its own learner, whose data is deleted after it.
 */
class RandomArgumentsIT {

    private static final int OPERATIONS_PER_SEED = 150;
    private static final List<String> IDS = List.of("python", "fine-tuning", "agents", "rag", "ai-engineer", "nope",
            "", " ", "PYTHON", "ai-engineer:python", "x".repeat(300), "é", "\u0000", "../etc", "python\n", "1");
    private static final List<String> TEXTS = List.of("2027-02-01", "9999-12-31", "0000-01-01", "+999999999-12-01",
            "rag*", "\"", "AND", "(", "~", "*", "?", "\\", "a".repeat(5000), "DONE", "cHl0aG9u", "=", "-1");
    private static final List<Integer> INTS = List.of(0, 1, -1, 2, 5, 10, 80, 81, 100, 101, 1000, 1001,
            Integer.MAX_VALUE, Integer.MIN_VALUE);
    private static final List<Integer> LIST_SIZES = List.of(0, 1, 2, 3, 501);

    private static TestServer api;

    @BeforeAll
    static void start() {
        api = GraphQLHarness.withTokens(Map.of("roadmap.progress.writes-per-minute", 100_000));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomArgumentsAreAnsweredWithDataOrAClientError(long seed) {
        Random random = new Random(seed);
        List<Asked> questions = questions(api.context().getBean(GraphQLSchema.class));
        Map<String, String> learner = Map.of("Authorization", "Bearer "
                + TestTokens.token("random-" + seed + "-" + UUID.randomUUID()));

        for (int i = 0; i < OPERATIONS_PER_SEED; i++) {
            Asked asked = questions.get(random.nextInt(questions.size()));
            Operation operation = operation(asked, random);

            GraphQLResponse response = api.query(operation.document(), operation.variables(), learner);

            assertThat(response.status()).as("seed %d: %s %s -> %s", seed, operation.document(),
                    operation.variables(), response.body()).isLessThan(500);
            assertThat(response.errors().findValuesAsText("code")).as("seed %d: %s %s -> %s", seed,
                    operation.document(), operation.variables(), response.body()).doesNotContain("INTERNAL");
        }
        assertThat(api.query("mutation { deleteMyData }", Map.of(), learner).errors()).isEmpty();
    }

    /** A field with arguments and the path to it: on Query or Mutation, on the loaded roadmap, or on {@code me}. */
    private record Asked(String operation, String prefix, String suffix, GraphQLFieldDefinition field) {
    }

    private record Operation(String document, Map<String, Object> variables) {
    }

    private static List<Asked> questions(GraphQLSchema schema) {
        List<Asked> questions = new ArrayList<>();
        withArguments(schema.getQueryType()).forEach(f -> questions.add(new Asked("query", "", "", f)));
        withArguments(schema.getMutationType()).forEach(f -> questions.add(new Asked("mutation", "", "", f)));
        withArguments(schema.getObjectType("Roadmap"))
                .forEach(f -> questions.add(new Asked("query", "roadmap(id: \"ai-engineer\") { ", " }", f)));
        withArguments(schema.getObjectType("Me")).forEach(f -> questions.add(new Asked("query", "me { ", " }", f)));
        return questions;
    }

    private static List<GraphQLFieldDefinition> withArguments(GraphQLObjectType type) {
        return type.getFieldDefinitions().stream().filter(f -> !f.getArguments().isEmpty()).toList();
    }

    private static Operation operation(Asked asked, Random random) {
        Map<String, Object> variables = new HashMap<>();
        Map<String, String> declared = new LinkedHashMap<>();
        for (GraphQLArgument argument : asked.field().getArguments()) {
            if (GraphQLTypeUtil.isNonNull(argument.getType()) || random.nextInt(10) < 6) {
                declared.put(argument.getName(), GraphQLTypeUtil.simplePrint(argument.getType()));
                variables.put(argument.getName(), value(argument.getType(), random, 0));
            }
        }
        String definitions = declared.isEmpty() ? "" : declared.entrySet().stream()
                .map(d -> "$" + d.getKey() + ": " + d.getValue()).collect(Collectors.joining(", ", "(", ")"));
        String arguments = declared.isEmpty() ? "" : declared.keySet().stream()
                .map(name -> name + ": $" + name).collect(Collectors.joining(", ", "(", ")"));
        String selection = GraphQLTypeUtil.unwrapAll(asked.field().getType()) instanceof GraphQLCompositeType
                ? " { __typename }" : "";
        return new Operation(asked.operation() + definitions + " { " + asked.prefix() + asked.field().getName() + arguments
                + selection + asked.suffix() + " }", variables);
    }

    private static Object value(GraphQLInputType type, Random random, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value((GraphQLInputType) nonNull.getWrappedType(), random, depth);
        }
        if (random.nextInt(10) == 0) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            int size = depth == 0 ? LIST_SIZES.get(random.nextInt(LIST_SIZES.size())) : 1;
            return IntStream.range(0, size).mapToObj(i -> value((GraphQLInputType) list.getWrappedType(), random,
                    depth + 1)).toList();
        }
        if (type instanceof GraphQLEnumType enumType) {
            List<GraphQLEnumValueDefinition> values = enumType.getValues();
            return values.get(random.nextInt(values.size())).getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> fields = new HashMap<>();
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                fields.put(field.getName(), value(field.getType(), random, depth + 1));
            }
            return fields;
        }
        return scalar(((GraphQLType) type), random);
    }

    private static Object scalar(GraphQLType type, Random random) {
        return switch (GraphQLTypeUtil.simplePrint(type)) {
            case "ID" -> IDS.get(random.nextInt(IDS.size()));
            case "Int" -> INTS.get(random.nextInt(INTS.size()));
            case "Boolean" -> random.nextBoolean();
            case "Float" -> random.nextBoolean() ? -1.5 : 1e308;
            default -> random.nextBoolean() ? TEXTS.get(random.nextInt(TEXTS.size()))
                    : IDS.get(random.nextInt(IDS.size()));
        };
    }
}
