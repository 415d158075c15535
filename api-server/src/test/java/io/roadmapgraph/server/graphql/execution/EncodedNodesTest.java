package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.query.ProjectNode;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.server.graphql.wiring.Fetchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topics and projects answered from their JSON encoded once are written byte for byte as graphql-java's own strategy's
 * answer is written by the same mapper, whatever their texts hold, and only where the transport asked for it.
 */
class EncodedNodesTest {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private static final String SDL = """
            type Query { topics: [Topic!]! projects: [Project!]! topic: Topic }
            type Topic { id: ID! title: String! titleNl: String importance: Importance! hours: Int! }
            type Project { id: ID! number: Int! title: String! titleNl: String }
            enum Importance { KEY CORE ELECTIVE }
            """;

    /** Titles a writer must escape: quotes, backslashes, control characters, non-ASCII, a surrogate pair. */
    private static final List<Text> TITLES = List.of(Text.en("plain"), Text.of("say \"RAG\" \\ twice", "zeg \"RAG\""),
            Text.en("tab\there, newline\nthere, bell\u0007, nul\u0000"), Text.of("naïve Bayes – €", "naïef – ü"),
            Text.en("emoji \uD83D\uDE80 and \u2028 separator"), Text.nl("alleen Nederlands </script>"));

    private final AtomicReference<List<TopicNode>> topics = new AtomicReference<>(topics(""));
    private final List<ProjectNode> projects = projects();
    private final EncodedNodes nodes = new EncodedNodes(JSON, memos());
    private final GraphQLSchema schema = schema();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{ topics { id title titleNl } }",
            "{ topics { __typename id title titleNl importance hours } projects { number title titleNl id } }",
            "{ topics { t: title id ...F ... on Topic { titleNl } } projects { __typename n: number } }"
                    + " fragment F on Topic { title hours }",
            "{ topic { id title } topics { importance } }"
    })
    void writesTheBytesGraphqlJavasOwnStrategyWritesTheFirstTimeAndFromTheEncoding(String document) throws Exception {
        String theirs = written(run(document, new AsyncExecutionStrategy(), null).toSpecification());

        String first = written(run(document, ours(), nodes).toSpecification());
        String again = written(run(document, ours(), nodes).toSpecification());

        assertThat(first).isEqualTo(theirs);
        assertThat(again).isEqualTo(theirs);
    }

    @Test
    void answersEachRootFieldAsItsWrittenJsonForTheTransportAndAnEmbedderStillGetsMaps() throws Exception {
        String document = "{ topics { id title } projects { number title } }";
        run(document, ours(), nodes);

        Map<String, Object> encoded = run(document, ours(), nodes).getData();
        Map<String, List<Object>> plain = run(document, ours(), null).getData();

        assertThat(encoded.get("topics")).isInstanceOf(EncodedNodes.Encoded.class);
        assertThat(encoded.get("projects")).isInstanceOf(EncodedNodes.Encoded.class);
        assertThat(written(encoded.get("topics"))).isEqualTo(written(plain.get("topics")));
        assertThat(written(encoded.get("projects"))).isEqualTo(written(plain.get("projects")));
        assertThat(plain.get("topics")).hasSize(TITLES.size()).allMatch(v -> v instanceof Map);
        assertThat(plain.get("topics").get(1)).isEqualTo(Map.of("id", "t1", "title", "say \"RAG\" \\ twice"));
    }

    @Test
    void anIndentingMapperGetsMapsAndNoWrittenJson() throws Exception {
        ObjectMapper indenting = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT);
        String document = "{ topics { id title } projects { number title } }";

        Map<String, List<Object>> data = run(document, ours(), new EncodedNodes(indenting, memos())).getData();

        assertThat(data.get("topics")).hasSize(TITLES.size()).allMatch(v -> v instanceof Map);
        assertThat(indenting.writeValueAsString(data)).isEqualTo(indenting.writeValueAsString(
                run(document, new AsyncExecutionStrategy(), null).getData()));
    }

    @Test
    void anEmptyListIsAnsweredAndWrittenAsGraphqlJavasOwnStrategyAnswersIt() throws Exception {
        topics.set(List.of());
        String document = "{ topics { id title } projects { number title } }";
        ExecutionResult theirs = run(document, new AsyncExecutionStrategy(), null);

        ExecutionResult encoded = run(document, ours(), nodes);
        ExecutionResult plain = run(document, ours(), null);

        assertThat(written(encoded.toSpecification())).isEqualTo(written(theirs.toSpecification()))
                .startsWith("{\"data\":{\"topics\":[],\"projects\":[{");
        assertThat(plain.<Object>getData()).isEqualTo(theirs.getData());
    }

    @Test
    void aNodeOfAnotherSnapshotWithTheSameIdIsNotAnsweredFromTheEncoding() throws Exception {
        String document = "{ topics { id title } }";
        run(document, ours(), nodes);

        topics.set(topics(" (renamed)"));
        String answer = written(run(document, ours(), nodes).toSpecification());

        assertThat(answer).contains("\"title\":\"plain (renamed)\"").doesNotContain("\"title\":\"plain\"");
    }

    @Test
    void anEqualCopyOfANodeFromANewerSnapshotIsEncodedAgainNotFoundByTheOlderOnesEncoding() throws Exception {
        String document = "{ topics { id title } }";
        CountingMapper mapper = new CountingMapper(false);
        EncodedNodes counted = new EncodedNodes(mapper, memos());
        String first = written(run(document, ours(), counted).toSpecification());
        int before = mapper.calls.get();

        topics.set(topics(""));
        assertThat(topics.get()).isEqualTo(topics("")).isNotSameAs(topics(""));
        String second = written(run(document, ours(), counted).toSpecification());

        assertThat(mapper.calls.get() - before).as("every copy encoded for itself").isEqualTo(TITLES.size());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void countsTheSameValuesInTheBudgetAsWithoutTheEncoding() {
        String document = "{ topics { __typename id title titleNl } projects { number title } }";
        run(document, ours(), nodes);
        ExecutionBudget encoded = new ExecutionBudget(System.nanoTime() + 60_000_000_000L, 1_000);
        ExecutionBudget plain = new ExecutionBudget(System.nanoTime() + 60_000_000_000L, 1_000);

        run(document, ours(), nodes, encoded);
        run(document, ours(), null, plain);

        assertThat(encoded.values()).isEqualTo(plain.values()).isGreaterThan(TITLES.size() * 3L);
    }

    @Test
    void keepsAtMostItsNumberOfSelectionsPerSnapshotAndAnswersTheRestTheUsualWay() throws Exception {
        CountingMapper mapper = new CountingMapper(false);
        EncodedNodes counted = new EncodedNodes(mapper, memos());
        for (int i = 0; i < EncodedNodes.MAX_SELECTIONS + 3; i++) {
            String document = "{ topics { a" + i + ": id title } }";
            String theirs = written(run(document, new AsyncExecutionStrategy(), null)
                    .toSpecification());
            int before = mapper.calls.get();

            run(document, ours(), counted);
            int encodings = mapper.calls.get() - before;
            ExecutionResult again = run(document, ours(), counted);

            assertThat(written(again.toSpecification())).isEqualTo(theirs);
            assertThat(encodings).as("selection %s's nodes encoded", i)
                    .isEqualTo(i < EncodedNodes.MAX_SELECTIONS ? TITLES.size() : 0);
            assertThat(mapper.calls.get() - before).as("selection %s answered again from the encoding", i)
                    .isEqualTo(encodings);
        }
    }

    @Test
    void encodesEachNodeOnceWhileTheSnapshotsBytesLastAndAfterwardsAgainPerAnswerWithTheSameBytes() throws Exception {
        String document = "{ topics { id title } }";
        String theirs = written(run(document, new AsyncExecutionStrategy(), null).toSpecification());
        int firstNode = JSON.writeValueAsBytes(Map.of("id", "t0", "title", "plain")).length;

        assertThat(encodingsOfTheSecondAnswer(document, Long.MAX_VALUE, theirs)).isZero();
        assertThat(encodingsOfTheSecondAnswer(document, firstNode, theirs)).isEqualTo(TITLES.size() - 1);
        assertThat(encodingsOfTheSecondAnswer(document, 0, theirs)).isEqualTo(TITLES.size());
    }

    @Test
    void aNodeItCannotEncodeIsWrittenAsTheUsualMap() throws Exception {
        String document = "{ topics { id title } }";
        CountingMapper mapper = new CountingMapper(true);
        EncodedNodes failing = new EncodedNodes(mapper, memos());

        ExecutionResult answer = run(document, ours(), failing);

        assertThat(mapper.calls.get()).as("each node tried").isEqualTo(TITLES.size());
        assertThat(written(answer.toSpecification()))
                .isEqualTo(written(run(document, new AsyncExecutionStrategy(), null).toSpecification()));
    }

    /** How often the second of two equal answers had the mapper encode a node, checking both answers' bytes. */
    private int encodingsOfTheSecondAnswer(String document, long maxBytes, String expected) throws Exception {
        CountingMapper mapper = new CountingMapper(false);
        EncodedNodes bounded = new EncodedNodes(mapper, memos(), maxBytes);
        assertThat(written(run(document, ours(), bounded).toSpecification())).isEqualTo(expected);
        int before = mapper.calls.get();

        assertThat(written(run(document, ours(), bounded).toSpecification())).isEqualTo(expected);
        return mapper.calls.get() - before;
    }

    /** A snapshot's memos of its own, always held. */
    static EncodedNodes.Memos memos() {
        Map<Object, Object> held = new ConcurrentHashMap<>();
        return new EncodedNodes.Memos() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> Optional<V> memo(Object key, Function<Object, V> make) {
                return Optional.of((V) held.computeIfAbsent(key, make));
            }
        };
    }

    /** {@link #JSON}'s settings, counting the values it encodes; one that fails every time, if asked to. */
    private static final class CountingMapper extends ObjectMapper {
        private final AtomicInteger calls = new AtomicInteger();
        private final boolean failing;

        CountingMapper(boolean failing) {
            this.failing = failing;
            setSerializationInclusion(JsonInclude.Include.ALWAYS);
        }

        @Override
        public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
            calls.incrementAndGet();
            if (failing) {
                throw JsonMappingException.from(getSerializerProvider(), "cannot encode " + value);
            }
            return super.writeValueAsBytes(value);
        }
    }

    /** The bytes the transport writes ({@code writeValueAsBytes}: UTF-8, surrogate pairs escaped by Jackson). */
    private static String written(Object answer) throws Exception {
        return new String(JSON.writeValueAsBytes(answer), StandardCharsets.UTF_8);
    }

    private static ParentFieldsStrategy ours() {
        return new ParentFieldsStrategy(new SimpleDataFetcherExceptionHandler());
    }

    private ExecutionResult run(String document, AsyncExecutionStrategy strategy, EncodedNodes encoding) {
        return run(document, strategy, encoding, null);
    }

    private ExecutionResult run(String document, AsyncExecutionStrategy strategy, EncodedNodes encoding,
                                ExecutionBudget budget) {
        ExecutionResult result = execute(schema, document, strategy, encoding, budget);
        assertThat(result.getErrors()).isEmpty();
        return result;
    }

    /** {@code document} run over {@code schema} by {@code strategy}, with the transport's encoding and a budget. */
    static ExecutionResult execute(GraphQLSchema schema, String document, AsyncExecutionStrategy strategy,
                                   EncodedNodes encoding, ExecutionBudget budget) {
        Map<Object, Object> context = new HashMap<>();
        if (encoding != null) {
            context.put(EncodedNodes.KEY, encoding);
        }
        if (budget != null) {
            context.put(RequestSetup.BUDGET, budget);
        }
        return GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).build()
                .execute(ExecutionInput.newExecutionInput().query(document).graphQLContext(context).build());
    }

    private GraphQLSchema schema() {
        TypeRuntimeWiring.Builder topic = TypeRuntimeWiring.newTypeWiring("Topic")
                .dataFetcher("hours", Fetchers.fromSource(TopicNode::estimatedHours));
        Fetchers.text(topic, "title", TopicNode::title);
        TypeRuntimeWiring.Builder project = TypeRuntimeWiring.newTypeWiring("Project")
                .dataFetcher("number", Fetchers.fromSource(ProjectNode::number));
        Fetchers.text(project, "title", ProjectNode::title);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", q -> q.dataFetcher("topics", env -> topics.get())
                        .dataFetcher("projects", env -> projects)
                        .dataFetcher("topic", env -> topics.get().get(1)))
                .type(topic).type(project).build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    private static List<TopicNode> topics(String suffix) {
        List<TopicNode> topics = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            Text title = TITLES.get(i);
            Text renamed = suffix.isEmpty() ? title
                    : new Text(title.en().map(en -> en + suffix), title.nl().map(nl -> nl + suffix), title.origin());
            topics.add(new TopicNode("t" + i, renamed, Text.en("summary"), 1, "r/phase-1", i, Optional.empty(),
                    Optional.empty(), i % 2 == 0 ? Importance.KEY : Importance.CORE, false, i, Origin.DOCUMENT,
                    Optional.empty(), List.of(), List.of("r")));
        }
        return topics;
    }

    private static List<ProjectNode> projects() {
        return List.of(new ProjectNode("p1", 1, TITLES.get(1), Text.en("s"), Level.BEGINNER, List.of("r")),
                new ProjectNode("p2", 2, TITLES.get(3), Text.en("s"), Level.ADVANCED, List.of("r")));
    }
}
