package io.roadmapgraph.server.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only: adds up the batch calls of every request's DataLoaders (from the registry's own statistics, once the
 * request is done), so a test can see one batch per field and level (no N+1). A bean of the test classpath only.
 */
@Singleton
final class BatchCounting extends SimplePerformantInstrumentation {

    private final AtomicLong batches = new AtomicLong();

    long count() {
        return batches.get();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        batches.addAndGet(parameters.getExecutionInput().getDataLoaderRegistry().getStatistics().getBatchInvokeCount());
        return CompletableFuture.completedFuture(result);
    }
}
