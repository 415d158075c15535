package io.roadmapgraph.server.graphql.execution;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.roadmapgraph.query.QueryException;
import jakarta.inject.Singleton;

/**
 * The abuse limits of the GraphQL endpoint ({@link LimitsSettings}, see docs/hardening.md), as instrumentations.
 * Depth and complexity are graphql-java's, checked before any field runs; every field counts once per place it
 * appears in the document, so aliases and repeated fields add up. A refused document is an error with
 * {@code extensions.code} {@code QUERY_TOO_DEEP} / {@code QUERY_TOO_COMPLEX} and no data. The deadline is set per
 * request by {@link RequestSetup}.
 */
@Factory
class QueryLimits {

    static final String DEADLINE_MESSAGE = "the query ran longer than its time limit (roadmap.limits.query-timeout)";

    @Singleton
    @Order(-10)
    MaxQueryDepthInstrumentation maxDepth(LimitsSettings settings) {
        return new MaxQueryDepthInstrumentation(settings.getMaxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return ErrorCode.QUERY_TOO_DEEP.refusal("the query is " + depth + " levels deep; at most " + maxDepth
                        + " are allowed (roadmap.limits.max-depth)");
            }
        };
    }

    @Singleton
    @Order(-9)
    MaxQueryComplexityInstrumentation maxComplexity(LimitsSettings settings) {
        return new MaxQueryComplexityInstrumentation(settings.getMaxComplexity()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return ErrorCode.QUERY_TOO_COMPLEX.refusal("the query selects " + complexity + " fields (aliases and"
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
                Long deadline = parameters.getExecutionContext().getGraphQLContext().get(RequestSetup.DEADLINE);
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
}
