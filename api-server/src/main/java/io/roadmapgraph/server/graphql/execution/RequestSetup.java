package io.roadmapgraph.server.graphql.execution;

import graphql.ExecutionInput;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import io.micronaut.configuration.graphql.DefaultGraphQLExecutionInputCustomizer;
import io.micronaut.configuration.graphql.GraphQLExecutionInputCustomizer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.roadmapgraph.server.graphql.wiring.BatchLoaders;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.HashMap;
import java.util.Map;

/**
 * The per-request setup of an execution, as micronaut-graphql's hook for it: a fresh DataLoader registry (no loader
 * or cached value shared between requests), graphql-java's parser options with the token limit, and the request's
 * {@link ExecutionBudget} (deadline, values, client), checked by {@link QueryLimits} before each field.
 */
@Singleton
@Replaces(DefaultGraphQLExecutionInputCustomizer.class)
public class RequestSetup implements GraphQLExecutionInputCustomizer {

    /** The key of the request's {@link ExecutionBudget} in the GraphQL context. */
    static final String BUDGET = ExecutionBudget.class.getName();

    private final BatchLoaders loaders;
    private final LimitsSettings limits;
    private final CostSettings cost;
    private final ParserOptions parserOptions;
    private final boolean introspection;

    RequestSetup(BatchLoaders loaders, LimitsSettings limits, CostSettings cost, GraphQLSettings graphql) {
        this.introspection = graphql.isIntrospection();
        this.loaders = loaders;
        this.limits = limits;
        this.cost = cost;
        this.parserOptions = limits.parserOptions();
    }

    @Override
    public Publisher<ExecutionInput> customize(ExecutionInput input, HttpRequest httpRequest,
                                               MutableHttpResponse<String> httpResponse) {
        return Publishers.just(prepare(input, newBudget()));
    }

    /** A budget whose deadline starts now. */
    ExecutionBudget newBudget() {
        return new ExecutionBudget(System.nanoTime() + limits.getQueryTimeout().toNanos(), cost.getMaxValues());
    }

    /** The input with its registry, parser options and budget. */
    ExecutionInput prepare(ExecutionInput input, ExecutionBudget budget) {
        return input.transform(b -> prepare(b, budget, Map.of()));
    }

    /**
     * The registry, parser options, budget and {@code more} context entries set on {@code input}: the controller's
     * way, one input built once per request.
     */
    ExecutionInput.Builder prepare(ExecutionInput.Builder input, ExecutionBudget budget, Map<Object, Object> more) {
        Map<Object, Object> context = new HashMap<>(8);
        context.put(ParserOptions.class, parserOptions);
        context.put(BUDGET, budget);
        if (!introspection) {
            // graphql-java refuses __schema and __type with an IntrospectionDisabledError (ErrorCodes gives it a code)
            context.put(Introspection.INTROSPECTION_DISABLED, true);
        }
        context.putAll(more);
        return input.dataLoaderRegistry(loaders.newRegistry()).graphQLContext(context);
    }

    ParserOptions parserOptions() {
        return parserOptions;
    }
}
