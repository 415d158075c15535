package io.roadmapgraph.server.graphql.execution;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import io.roadmapgraph.query.QueryException;

import java.util.List;
import java.util.Map;

/**
 * Every {@code extensions.code} the API answers with (docs/graphql.md lists them): the one definition, used by the
 * HTTP controller, the limits and the error translation alike.
 */
public enum ErrorCode implements ErrorClassification {
    /** Not a GraphQL-over-HTTP request (no body, not JSON, no query...): HTTP 400 before anything runs. */
    BAD_REQUEST,
    /** A mutation or subscription sent with GET. */
    METHOD_NOT_ALLOWED,
    /** The document does not parse. */
    GRAPHQL_PARSE_FAILED,
    /** The document does not validate against the schema (other than an argument error), or names no operation. */
    GRAPHQL_VALIDATION_FAILED,
    /** An argument or variable of the wrong type, missing, or out of range. */
    BAD_USER_INPUT,
    /** An unknown id, named in the message. */
    NOT_FOUND,
    /** The graph database cannot be reached. */
    UNAVAILABLE,
    /** A read, or the whole query, took too long. */
    TIMEOUT,
    /** More levels than {@code roadmap.limits.max-depth}. */
    QUERY_TOO_DEEP,
    /**
     * More fields than {@code roadmap.limits.max-complexity}, or an answer estimated past
     * {@code roadmap.cost.max-estimate}.
     */
    QUERY_TOO_COMPLEX,
    /** The answer grew past {@code roadmap.cost.max-values} and was cut off. */
    RESULT_TOO_LARGE,
    /** More tokens than {@code roadmap.limits.max-tokens}. */
    QUERY_TOO_LARGE,
    /** {@code __schema} or {@code __type} while {@code roadmap.graphql.introspection} is off. */
    INTROSPECTION_DISABLED,
    /** Anything else; the server log has the details. */
    INTERNAL;

    /** The code of a query library failure. */
    public static ErrorCode of(QueryException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> NOT_FOUND;
            case BAD_USER_INPUT -> BAD_USER_INPUT;
            case UNAVAILABLE -> UNAVAILABLE;
            case TIMEOUT -> TIMEOUT;
        };
    }

    /** An error with this code and no location or path. */
    public GraphQLError error(String message) {
        return GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", name())).build();
    }

    /** Stops an execution before any field runs, with one error of this code (and so no data). */
    public AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(error(message)));
    }
}
