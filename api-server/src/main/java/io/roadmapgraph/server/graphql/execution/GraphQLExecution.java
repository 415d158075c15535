package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.UnknownOperationException;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import io.micronaut.core.annotation.Nullable;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one GraphQL operation: what the HTTP controller calls, and all it knows of execution. The request is set up by
 * {@link RequestSetup}; limits, the deadline and error codes are instrumentations ({@link QueryLimits},
 * {@link ErrorCodes}); parsed documents come from the {@link DocumentCache}.
 */
@Singleton
public class GraphQLExecution {

    private final GraphQL graphQL;
    private final RequestSetup setup;
    private final DocumentCache documents;
    private final LimitsSettings limits;
    private final RoadmapQueries queries;
    private final AtomicInteger running = new AtomicInteger();

    GraphQLExecution(GraphQL graphQL, RequestSetup setup, DocumentCache documents, LimitsSettings limits,
                     RoadmapQueries queries) {
        this.graphQL = graphQL;
        this.setup = setup;
        this.documents = documents;
        this.limits = limits;
        this.queries = queries;
    }

    /**
     * The encoded topics and projects for answers that {@code mapper} writes (kept per snapshot of these queries),
     * for {@link #execute(String, String, Map, Map, CompletionStage, Caller, EncodedNodes)}.
     */
    public EncodedNodes encodedNodes(ObjectMapper mapper) {
        return new EncodedNodes(mapper, queries);
    }

    /** The operations one JSON-array request may hold; 0 = batching off. */
    public int maxBatchSize() {
        return limits.getMaxBatchSize();
    }

    /** Executes one operation; every failure is in the result, with an {@link ErrorCode}. */
    public ExecutionResult execute(String query, @Nullable String operationName, Map<String, Object> variables,
                                   Map<String, Object> extensions) {
        return execute(query, operationName, variables, extensions, new CompletableFuture<>());
    }

    /**
     * Executes one operation, and stops it (no field starts any more) when {@code clientGone} completes: the client
     * closed its connection, so nobody would read the answer.
     */
    public ExecutionResult execute(String query, @Nullable String operationName, Map<String, Object> variables,
                                   Map<String, Object> extensions, CompletionStage<?> clientGone) {
        return execute(query, operationName, variables, extensions, clientGone, Caller.anonymous());
    }

    /**
     * {@link #execute(String, String, Map, Map, CompletionStage)} for {@code caller}: its token and bookmark reach
     * the fields about a learner, and the bookmark of a write it made is answered in {@code extensions.bookmark}.
     */
    public ExecutionResult execute(String query, @Nullable String operationName, Map<String, Object> variables,
                                   Map<String, Object> extensions, CompletionStage<?> clientGone, Caller caller) {
        return execute(query, operationName, variables, extensions, clientGone, caller, Map.of(Caller.KEY, caller));
    }

    /**
     * {@link #execute(String, String, Map, Map, CompletionStage, Caller)} for an answer {@code nodes}' mapper will
     * write: values in its data (a list or object a query field answers, a topic's or project's object) may be
     * {@link EncodedNodes.Encoded} JSON, written while they were completed, not maps and lists.
     */
    public ExecutionResult execute(String query, @Nullable String operationName, Map<String, Object> variables,
                                   Map<String, Object> extensions, CompletionStage<?> clientGone, Caller caller,
                                   EncodedNodes nodes) {
        return execute(query, operationName, variables, extensions, clientGone, caller,
                Map.of(Caller.KEY, caller, EncodedNodes.KEY, nodes));
    }

    private ExecutionResult execute(String query, @Nullable String operationName, Map<String, Object> variables,
                                    Map<String, Object> extensions, CompletionStage<?> clientGone, Caller caller,
                                    Map<Object, Object> context) {
        ExecutionBudget budget = setup.newBudget();
        clientGone.thenRun(budget::clientGone);
        ExecutionInput prepared = setup.prepare(ExecutionInput.newExecutionInput()
                .query(query)
                .operationName(operationName)
                .variables(variables)
                .extensions(extensions), budget, context)
                .build();
        running.incrementAndGet();
        try {
            ExecutionResult result = graphQL.execute(prepared);
            return caller.written().map(b -> result.transform(r -> r.addExtension(Caller.BOOKMARK_EXTENSION, b)))
                    .orElse(result);
        } catch (UnknownOperationException e) {
            // graphql-java throws, rather than answers, when the document does not say which operation to run
            // ("Must provide operation name if query contains multiple operations.", "Unknown operation named 'C'.")
            return ErrorCode.GRAPHQL_VALIDATION_FAILED.refusal(e.getMessage()).toExecutionResult();
        } finally {
            running.decrementAndGet();
        }
    }

    /** Operations executing right now. */
    public int running() {
        return running.get();
    }

    /** The type of the operation that would run, when the document parses and names it unambiguously. */
    public Optional<OperationDefinition.Operation> operationType(String query, @Nullable String operationName) {
        Document document;
        try {
            // a document the cache holds parsed without errors: no need to parse it again
            document = documents.cached(query).orElseGet(() -> new Parser().parseDocument(
                    ParserEnvironment.newParserEnvironment().document(query).parserOptions(setup.parserOptions())
                            .build()));
        } catch (InvalidSyntaxException e) {
            return Optional.empty(); // the execution reports it as a GraphQL error
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .findFirst()
                .map(OperationDefinition::getOperation);
    }
}
