package io.roadmapgraph.server.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import io.roadmapgraph.query.QueryException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The abuse limits of the GraphQL endpoint (properties {@code roadmap.limits.*}, see docs/hardening.md). Depth and
 * complexity are graphql-java's instrumentations, checked before any field runs; every field counts once per place
 * it appears in the document, so aliases and repeated fields add up. A refused document is an error with
 * {@code extensions.code} {@code QUERY_TOO_DEEP} / {@code QUERY_TOO_COMPLEX} and no data.
 */
@Factory
class QueryLimits {

    /** The key under which {@link GraphQLHttpController} puts the request's deadline (epoch nanos) in the context. */
    static final String DEADLINE = QueryLimits.class.getName() + ".deadline";
    static final String DEADLINE_MESSAGE = "the query ran longer than its time limit (roadmap.limits.query-timeout)";

    /** The limits as configured. */
    record Settings(int maxDepth, int maxComplexity, int maxTokens, int maxBatchSize, Duration queryTimeout) {
        Settings {
            if (maxDepth < 1 || maxComplexity < 1 || maxTokens < 1 || maxBatchSize < 0) {
                throw new IllegalArgumentException("roadmap.limits: max-depth, max-complexity and max-tokens must be"
                        + " at least 1 and max-batch-size at least 0, were " + maxDepth + ", " + maxComplexity + ", "
                        + maxTokens + ", " + maxBatchSize);
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("roadmap.limits.query-timeout must be positive, was "
                        + queryTimeout);
            }
        }

        ParserOptions parserOptions() {
            return ParserOptions.getDefaultOperationParserOptions().transform(b -> b.maxTokens(maxTokens));
        }
    }

    @Singleton
    Settings settings(@Value("${roadmap.limits.max-depth:15}") int maxDepth,
                      @Value("${roadmap.limits.max-complexity:500}") int maxComplexity,
                      @Value("${roadmap.limits.max-tokens:5000}") int maxTokens,
                      @Value("${roadmap.limits.max-batch-size:0}") int maxBatchSize,
                      @Value("${roadmap.limits.query-timeout:30s}") Duration queryTimeout) {
        return new Settings(maxDepth, maxComplexity, maxTokens, maxBatchSize, queryTimeout);
    }

    @Singleton
    @Order(-10)
    MaxQueryDepthInstrumentation maxDepth(Settings settings) {
        return new MaxQueryDepthInstrumentation(settings.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refusal("QUERY_TOO_DEEP", "the query is " + depth + " levels deep; at most " + maxDepth
                        + " are allowed (roadmap.limits.max-depth)");
            }
        };
    }

    @Singleton
    @Order(-9)
    MaxQueryComplexityInstrumentation maxComplexity(Settings settings) {
        return new MaxQueryComplexityInstrumentation(settings.maxComplexity()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refusal("QUERY_TOO_COMPLEX", "the query selects " + complexity + " fields (aliases and"
                        + " repeated fields count); at most " + maxComplexity
                        + " are allowed (roadmap.limits.max-complexity)");
            }
        };
    }

    /**
     * Stops a query that runs past its deadline: no field starts after it (a field already running is bounded by the
     * Neo4j read-transaction timeout, {@code roadmap.query.timeout}).
     */
    @Singleton
    @Order(-8)
    SimplePerformantInstrumentation deadline() {
        return new SimplePerformantInstrumentation() {
            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
                                                        InstrumentationFieldFetchParameters parameters,
                                                        InstrumentationState state) {
                if (parameters.isTrivialDataFetcher()) {
                    return fetcher; // checked first: asking for the environment would build it for every field
                }
                Long deadline = parameters.getExecutionContext().getGraphQLContext().get(DEADLINE);
                if (deadline == null) {
                    return fetcher;
                }
                return environment -> {
                    if (System.nanoTime() - deadline > 0) {
                        throw new QueryException(QueryException.Kind.TIMEOUT, DEADLINE_MESSAGE);
                    }
                    return fetcher.get(environment);
                };
            }
        };
    }

    /** One error for a query past its deadline, not one per field that did not run. */
    static ExecutionResult oneDeadlineError(ExecutionResult result) {
        List<GraphQLError> overdue = result.getErrors().stream()
                .filter(e -> DEADLINE_MESSAGE.equals(e.getMessage())).toList();
        if (overdue.size() < 2) {
            return result;
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(e -> !overdue.contains(e) || e == overdue.get(0)).toList();
        return ExecutionResult.newExecutionResult().from(result).errors(errors).build();
    }

    static AbortExecutionException refusal(String code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(Map.of("code", code))
                .build();
        return new AbortExecutionException(List.of(error));
    }
}
