package io.roadmapgraph.server.graphql.execution;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.progress.ProgressException;
import io.roadmapgraph.query.QueryException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Gives every error of a response an {@code extensions.code} ({@link ErrorCode}) and a message fit for a client. A
 * {@link QueryException} keeps its message and becomes its kind ({@code NOT_FOUND}, {@code BAD_USER_INPUT},
 * {@code UNAVAILABLE}, {@code TIMEOUT}); a driver failure that means Neo4j cannot be reached is {@code UNAVAILABLE}
 * too; anything else a data fetcher throws becomes a generic {@code INTERNAL} error,
 * logged here with its stack trace and never shown to the client. Arguments of the wrong type or missing are
 * {@code BAD_USER_INPUT}; other invalid documents {@code GRAPHQL_VALIDATION_FAILED}, syntax errors
 * {@code GRAPHQL_PARSE_FAILED}, a document over the token limit {@code QUERY_TOO_LARGE}. A query its
 * {@link ExecutionBudget} stopped gets one error saying why ({@code TIMEOUT}, {@code RESULT_TOO_LARGE}), not one per
 * field that did not run. (An instrumentation, so it also covers errors
 * raised inside DataLoader batches.)
 */
@Singleton
public class ErrorCodes extends SimplePerformantInstrumentation {

    public static final String INTERNAL_MESSAGE =
            "internal error while answering this field; the server log has the details";

    /** The same words as the graph library's own UNAVAILABLE errors for a database it cannot reach. */
    public static final String UNAVAILABLE_MESSAGE = Drivers.NOT_REACHABLE;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorCodes.class);

    private static final Set<ValidationErrorType> ARGUMENT_ERRORS = Set.of(
            ValidationErrorType.WrongType,
            ValidationErrorType.MissingFieldArgument,
            ValidationErrorType.NullValueForNonNullArgument,
            ValidationErrorType.VariableTypeMismatch);

    private final int maxTokens;

    ErrorCodes(LimitsSettings limits) {
        this.maxTokens = limits.getMaxTokens();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        ExecutionBudget budget = parameters.getGraphQLContext() == null ? null
                : parameters.getGraphQLContext().get(RequestSetup.BUDGET);
        if (budget != null && budget.stopped().isPresent()) {
            return CompletableFuture.completedFuture(stopped(result, budget));
        }
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::translate).toList();
        if (!result.isDataPresent() && errors.size() == 1
                && errors.get(0).getMessage().contains("parsing has been cancelled")) {
            // graphql-java reports a document over the token limit as a syntax error; give it its own code
            errors = List.of(ErrorCode.QUERY_TOO_LARGE.error("the document has more than " + maxTokens
                    + " tokens (roadmap.limits.max-tokens)"));
        }
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
                .from(result)
                .errors(errors)
                .build());
    }

    public static GraphQLError translate(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof QueryException query) {
                return withCode(error, query.getMessage(), ErrorCode.of(query.kind()));
            }
            if (cause instanceof ErrorCode.CodedException coded) {
                return withCode(error, coded.getMessage(), coded.code());
            }
            if (cause instanceof ProgressException progress) {
                GraphQLError coded = withCode(error, progress.getMessage(), ErrorCode.of(progress.code()));
                return progress.problems().isEmpty() ? coded : GraphqlErrorBuilder.newError().message(coded.getMessage())
                        .locations(coded.getLocations()).path(coded.getPath()).errorType(coded.getErrorType())
                        .extensions(withProblems(coded.getExtensions(), progress.problems())).build();
            }
            Optional<String> reason = Drivers.refused(cause).or(() -> Drivers.unreachable(cause));
            if (reason.isPresent()) {
                // e.g. a neo4j:// URI whose host is unknown: the driver's routing path reports it as a generic error;
                // the log says why, the client gets the user's sentence (refused or not reachable)
                LOG.warn("graph database unavailable while fetching {}: {}", fetching.getPath(), reason.get());
                return withCode(error, Drivers.unavailable(cause).orElseThrow(), ErrorCode.UNAVAILABLE);
            }
            LOG.error("unexpected error while fetching {}", fetching.getPath(), cause);
            return withCode(error, INTERNAL_MESSAGE, ErrorCode.INTERNAL);
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        if (error instanceof IntrospectionDisabledError) {
            return withCode(error, "introspection (__schema, __type) is turned off on this server"
                    + " (roadmap.graphql.introspection); the schema is published at /graphql/schema.graphqls",
                    ErrorCode.INTROSPECTION_DISABLED);
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return withCode(error, error.getMessage(), ErrorCode.QUERY_TOO_COMPLEX);
        }
        ErrorClassification type = error.getErrorType();
        if (error instanceof ValidationError validation) {
            boolean argument = validation.getValidationErrorType() instanceof ValidationErrorType t
                    && ARGUMENT_ERRORS.contains(t);
            return withCode(error, error.getMessage(),
                    argument ? ErrorCode.BAD_USER_INPUT : ErrorCode.GRAPHQL_VALIDATION_FAILED);
        }
        if (type == ErrorType.ValidationError) {
            // variables that cannot be coerced to their declared types
            return withCode(error, error.getMessage(), ErrorCode.BAD_USER_INPUT);
        }
        if (type == ErrorType.InvalidSyntax) {
            return withCode(error, error.getMessage(), ErrorCode.GRAPHQL_PARSE_FAILED);
        }
        return withCode(error, error.getMessage(), ErrorCode.INTERNAL);
    }

    /**
     * A query its budget stopped: one error saying why first, then the errors of fields that ran; not one per field
     * that did not run (those answered null, which a non-null field reports once more).
     */
    private static ExecutionResult stopped(ExecutionResult result, ExecutionBudget budget) {
        GraphQLError reason = switch (budget.stopped().orElseThrow()) {
            case DEADLINE -> ErrorCode.TIMEOUT.error(QueryLimits.DEADLINE_MESSAGE);
            case TOO_MANY_VALUES -> ErrorCode.RESULT_TOO_LARGE.error("the answer grew past " + budget.maxValues()
                    + " values (roadmap.cost.max-values) and was cut off there; select fewer nested lists");
            case CLIENT_GONE -> ErrorCode.TIMEOUT.error("the client closed the connection; the query was stopped");
            case DATABASE_DOWN -> ErrorCode.UNAVAILABLE.error(UNAVAILABLE_MESSAGE);
        };
        List<GraphQLError> errors = new ArrayList<>();
        errors.add(reason);
        result.getErrors().stream()
                .filter(e -> !(e instanceof NonNullableFieldWasNullError))
                .map(ErrorCodes::translate)
                .filter(e -> e.getExtensions() == null
                        || !reason.getExtensions().get("code").equals(e.getExtensions().get("code")))
                .forEach(errors::add);
        return ExecutionResult.newExecutionResult().from(result).errors(errors).build();
    }

    private static Map<String, Object> withProblems(Map<String, Object> extensions, List<String> problems) {
        Map<String, Object> all = new HashMap<>(extensions);
        all.put("problems", problems);
        return all;
    }

    private static GraphQLError withCode(GraphQLError error, String message, ErrorCode code) {
        Map<String, Object> extensions = new HashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.remove("classification");
        extensions.put("code", code.name());
        // the classification graphql-java adds beside the code is the code too, not its own class-like name
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .errorType(code)
                .extensions(extensions);
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
