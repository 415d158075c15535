package io.roadmapgraph.server.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception no other handler answers becomes a 500 whose body says only that: the exception, its message and its
 * trace go to the log, never to the client (Micronaut's default body would carry "Internal Server Error: " and the
 * exception's message). Micronaut's more specific handlers (a status, a conversion error, a body too large) still answer
 * their own exceptions. GraphQL errors never get here: they are answered inside the GraphQL response.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class InternalErrors implements ExceptionHandler<Throwable, HttpResponse<Map<String, String>>> {

    /** The whole body of such a 500. */
    public static final String MESSAGE = "Internal Server Error: the server log has the details";
    /** The media type of such a 500. */
    public static final String CONTENT_TYPE = MediaType.APPLICATION_JSON;

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrors.class);

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, Throwable exception) {
        log(request.getMethodName(), request.getPath(), exception);
        return HttpResponse.<Map<String, String>>serverError(body()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The whole body of such a 500, as JSON. */
    public static Map<String, String> body() {
        return Map.of("message", MESSAGE);
    }

    /** Logs an exception no handler answered, for a request answered with such a 500. */
    public static void log(String method, String path, Throwable exception) {
        LOG.error("unexpected error answering {} {}", method, path, exception);
    }
}
