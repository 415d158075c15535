package io.roadmapgraph.server.graphql.execution;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLTypeUtil;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.roadmapgraph.query.QueryException;
import io.roadmapgraph.server.neo4j.DatabaseBreaker;
import jakarta.inject.Singleton;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletionStage;

/**
 * The abuse limits of the GraphQL endpoint ({@link LimitsSettings}, {@link CostSettings}, see docs/hardening.md), as
 * instrumentations. Depth (graphql-java's) and size ({@link QueryCost}: the fields, each fragment counted where it is
 * spread, and the estimated values, lists multiplying) are checked before any field runs; a refused document is an
 * error with {@code extensions.code} {@code QUERY_TOO_DEEP} / {@code QUERY_TOO_COMPLEX} and no data. While it runs,
 * every field asks the request's {@link ExecutionBudget} (set up by {@link RequestSetup}) first.
 */
@Factory
class QueryLimits {

    static final String DEADLINE_MESSAGE = "the query ran longer than its time limit (roadmap.limits.query-timeout)";

    @Singleton
    @Order(-10)
    MaxQueryDepthInstrumentation maxDepth(LimitsSettings settings) {
        // an operation passes or fails the depth limit by its document alone, unless @skip/@include (with variables)
        // leave fields out; a parsed document comes from the DocumentCache as the same objects for the same text,
        // so an operation without directives that passed is not walked again (graphql-java's walk resolves every
        // field's type: several % of a small request's time)
        Map<OperationDefinition, Boolean> passed = Collections.synchronizedMap(new WeakHashMap<>());
        return new MaxQueryDepthInstrumentation(settings.getMaxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                ExecutionContext context = parameters.getExecutionContext();
                OperationDefinition operation = context.getOperationDefinition();
                if (passed.containsKey(operation)) {
                    return SimpleInstrumentationContext.noOp();
                }
                InstrumentationContext<ExecutionResult> checked = super.beginExecuteOperation(parameters, state);
                if (!hasDirectives(context.getDocument())) {
                    passed.put(operation, Boolean.TRUE);
                }
                return checked;
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return ErrorCode.QUERY_TOO_DEEP.refusal("the query is " + depth + " levels deep; at most " + maxDepth
                        + " are allowed (roadmap.limits.max-depth)");
            }
        };
    }

    /** Whether any directive appears anywhere in {@code document}. */
    static boolean hasDirectives(Document document) {
        boolean[] found = {false};
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                found[0] = true;
                return TraversalControl.QUIT;
            }
        }, document);
        return found[0];
    }

    /** Refuses a document with too many fields, or whose answer could hold too many values. */
    @Singleton
    @Order(-9)
    SimplePerformantInstrumentation maxCost(LimitsSettings limits, CostSettings cost) {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                ExecutionContext context = parameters.getExecutionContext();
                GraphQLCompositeType root = switch (context.getOperationDefinition().getOperation()) {
                    case MUTATION -> context.getGraphQLSchema().getMutationType();
                    case SUBSCRIPTION -> context.getGraphQLSchema().getSubscriptionType();
                    default -> context.getGraphQLSchema().getQueryType();
                };
                QueryCost size = QueryCost.of(context.getGraphQLSchema(),
                        context.getOperationDefinition().getSelectionSet(), root, context.getFragmentsByName(),
                        context.getCoercedVariables().toMap(), cost);
                if (size.fields() > limits.getMaxComplexity()) {
                    throw ErrorCode.QUERY_TOO_COMPLEX.refusal("the query selects " + size.fields() + " fields"
                            + " (aliases, repeated fields and each use of a fragment count); at most "
                            + limits.getMaxComplexity() + " are allowed (roadmap.limits.max-complexity)");
                }
                if (size.estimate() > cost.getMaxEstimate()) {
                    throw ErrorCode.QUERY_TOO_COMPLEX.refusal("the answer could hold about " + size.estimate()
                            + " values (each list counts as " + cost.getListSize() + " items, a whole roadmap's as "
                            + cost.getRoadmapListSize() + "); at most " + cost.getMaxEstimate()
                            + " are allowed (roadmap.cost.max-estimate): select fewer nested lists");
                }
                return super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /**
     * Runs a field only while the request's budget lasts, and counts what it answers (a list, each of its items).
     * After the deadline, past the values or once the client has gone, a list field answers an empty list, a field
     * read from its parent object (a trivial fetcher) still answers, and any other field null: nothing fans out any
     * more, and no error is made per field ({@link ErrorCodes} adds one). A list that would take the answer past its
     * values is answered empty. While the {@link DatabaseBreaker} is open (Neo4j known to be down), the query stops
     * at its first field that reads the graph, with one {@code UNAVAILABLE}. A read that is already running is bounded by the Neo4j read-transaction timeout,
     * {@code roadmap.query.timeout}.
     */
    @Singleton
    @Order(-8)
    SimplePerformantInstrumentation budget(DatabaseBreaker breaker) {
        return new SimplePerformantInstrumentation() {
            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
                                                        InstrumentationFieldFetchParameters parameters,
                                                        InstrumentationState state) {
                ExecutionBudget budget = parameters.getExecutionContext().getGraphQLContext().get(RequestSetup.BUDGET);
                if (budget == null) {
                    return fetcher;
                }
                boolean trivial = parameters.isTrivialDataFetcher();
                return environment -> {
                    boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldType()));
                    if (!trivial && !breaker.allows()) {
                        budget.databaseDown();
                    }
                    if (!budget.admit()) {
                        return list ? List.of() : trivial ? fetcher.get(environment) : null;
                    }
                    Object value = trivial ? fetcher.get(environment) : watched(fetcher, environment, breaker);
                    if (!list) {
                        return value;
                    }
                    if (value instanceof CompletionStage<?> later) {
                        return later.thenApply(budget::items);
                    }
                    return budget.items(value);
                };
            }
        };
    }

    /** Runs a fetcher that reads the graph, tripping the breaker when it finds the database unreachable. */
    private static Object watched(DataFetcher<?> fetcher, DataFetchingEnvironment environment,
                                  DatabaseBreaker breaker) throws Exception {
        try {
            Object value = fetcher.get(environment);
            if (value instanceof CompletionStage<?> later) {
                later.whenComplete((result, failure) -> {
                    if (unavailable(failure)) {
                        breaker.trip();
                    }
                });
            }
            return value;
        } catch (QueryException e) {
            if (unavailable(e)) {
                breaker.trip();
            }
            throw e;
        }
    }

    private static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryException query && query.kind() == QueryException.Kind.UNAVAILABLE) {
                return true;
            }
        }
        return false;
    }
}
