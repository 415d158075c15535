package io.roadmapgraph.server.graphql.execution;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * GraphQL request timings per operation and error counts per {@link ErrorCode}, for {@code /prometheus} when metrics
 * are on ({@code ROADMAP_METRICS_ENABLED=true}):
 * <ul>
 *   <li>{@value #REQUESTS} (Prometheus {@code graphql_request_seconds_bucket/_count/_sum}), tags {@code operation}
 *   (the name of the operation the document runs, else the request's {@code operationName}; {@code anonymous}
 *   without one; {@code other} past {@value #MAX_OPERATIONS} names, so a
 *   client cannot grow the metrics without bound) and {@code outcome} ({@code ok} or {@code error});</li>
 *   <li>{@value #ERRORS} (Prometheus {@code graphql_errors_total}), tag {@code code}: one per error in a response.</li>
 * </ul>
 * Ordered last among the instrumentations, so it counts the codes {@link ErrorCodes} gave.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class GraphQLMetrics extends SimplePerformantInstrumentation {

    public static final String REQUESTS = "graphql.request";
    public static final String ERRORS = "graphql.errors";
    static final int MAX_OPERATIONS = 100;

    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final MeterRegistry registry;
    private final Set<String> operations = ConcurrentHashMap.newKeySet();

    GraphQLMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One request: when it started, and the name of the operation the document chose, once it is known. */
    private static final class Request implements InstrumentationState {
        private final long started = System.nanoTime();
        private volatile String operation;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Request();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        // the document's name for the operation it runs: clients rarely send operationName beside a single operation
        if (state instanceof Request request) {
            request.operation = parameters.getExecutionContext().getOperationDefinition().getName();
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (state instanceof Request request) {
            Timer.builder(REQUESTS)
                    .description("GraphQL requests: how long each took, by operation name and outcome")
                    .tag("operation", operation(request.operation != null ? request.operation
                            : parameters.getOperation()))
                    .tag("outcome", result.getErrors().isEmpty() ? "ok" : "error")
                    .publishPercentileHistogram()
                    // buckets from 1 ms to the longest a request may run (roadmap.limits.query-timeout's order)
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(60))
                    .register(registry)
                    .record(System.nanoTime() - request.started, TimeUnit.NANOSECONDS);
        }
        for (GraphQLError error : result.getErrors()) {
            Counter.builder(ERRORS)
                    .description("errors in GraphQL responses, by extensions.code")
                    .tag("code", code(error))
                    .register(registry)
                    .increment();
        }
        return CompletableFuture.completedFuture(result);
    }

    private String operation(String name) {
        if (name == null || name.isBlank()) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (operations.contains(name) || (operations.size() < MAX_OPERATIONS && operations.add(name))) {
            return name;
        }
        return "other";
    }

    private static String code(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        return code == null ? ErrorCode.INTERNAL.name() : code.toString();
    }
}
