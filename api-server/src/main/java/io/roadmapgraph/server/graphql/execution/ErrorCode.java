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
    INTERNAL,

    // learners' progress (docs/security.md): the token, then what a write may hold
    /** A progress field or mutation without a bearer token, or on a server with no token key configured. */
    UNAUTHENTICATED,
    /** A bearer token past its {@code exp}. */
    TOKEN_EXPIRED,
    /** A bearer token without a signature ({@code alg: none}). */
    TOKEN_UNSIGNED,
    /** A bearer token for another audience than {@code micronaut.security.token.jwt.claims-validators.audience}. */
    TOKEN_WRONG_AUDIENCE,
    /** A bearer token that is no JWT, is badly signed or names no subject. */
    TOKEN_INVALID,
    /** More progress writes in a minute than {@code roadmap.progress.writes-per-minute} for one token. */
    RATE_LIMITED,
    /** A topic id that is no topic of a loaded roadmap. */
    UNKNOWN_TOPIC,
    /** A status that is not DONE, LEARNING, SKIPPED or REVIEWING. */
    BAD_STATUS,
    /** Hours spent below 0 or above 10,000. */
    BAD_HOURS,
    /** A note over 10,000 characters. */
    NOTE_TOO_LONG,
    /** An import with problems, all listed in {@code extensions.problems}; nothing was written. */
    BAD_IMPORT,
    /** A bookmark header the database does not know. */
    BAD_BOOKMARK;

    /** The code of a query library failure. */
    public static ErrorCode of(QueryException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> NOT_FOUND;
            case BAD_USER_INPUT -> BAD_USER_INPUT;
            case UNAVAILABLE -> UNAVAILABLE;
            case TIMEOUT -> TIMEOUT;
        };
    }

    /** The code of a progress failure (the same name). */
    public static ErrorCode of(io.roadmapgraph.progress.ProgressException.Code code) {
        return code == io.roadmapgraph.progress.ProgressException.Code.UNAVAILABLE ? UNAVAILABLE : valueOf(code.name());
    }

    /** An error with this code and no location or path. */
    public GraphQLError error(String message) {
        // errorType too: graphql-java's default classification would be DataFetchingException, not the code
        return GraphqlErrorBuilder.newError().message(message).errorType(this).extensions(Map.of("code", name()))
                .build();
    }

    /** A failure of a data fetcher with this code and a message for the client (ErrorCodes keeps both). */
    public CodedException exception(String message) {
        return new CodedException(this, message);
    }

    /** A data fetcher's failure that carries its code. */
    public static final class CodedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ErrorCode code;

        CodedException(ErrorCode code, String message) {
            super(message);
            this.code = code;
        }

        public ErrorCode code() {
            return code;
        }
    }

    /** Stops an execution before any field runs, with one error of this code (and so no data). */
    public AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(error(message)));
    }
}
