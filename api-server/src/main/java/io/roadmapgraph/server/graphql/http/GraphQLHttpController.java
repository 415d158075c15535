package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import io.micronaut.configuration.graphql.GraphQLController;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.roadmapgraph.server.graphql.execution.Caller;
import io.roadmapgraph.server.graphql.execution.ErrorCode;
import io.roadmapgraph.server.graphql.execution.GraphQLExecution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /graphql} by the GraphQL-over-HTTP specification, in place of micronaut-graphql's controller (which answers
 * everything with 200 and {@code application/json}, runs mutations over GET and takes any content type).
 * <ul>
 *   <li>POST with {@code Content-Type: application/json} (UTF-8); anything else is 415, no body or a body that is
 *       not a JSON object with a string {@code query} is 400. A JSON array (a batch) is taken only when
 *       {@code roadmap.limits.max-batch-size} allows it.</li>
 *   <li>GET with {@code query}, {@code operationName}, {@code variables} and {@code extensions} (JSON) in the URL,
 *       for queries only: a mutation or subscription over GET is 405.</li>
 *   <li>{@code Accept}: {@code application/graphql-response+json} or {@code application/json} (also for a missing
 *       header and {@code *}{@code /*}); nothing acceptable is 406.</li>
 *   <li>Status: with {@code application/json} every GraphQL response is 200; with
 *       {@code application/graphql-response+json} a response without {@code data} (parse, validation, variable and
 *       limit errors) is 400.</li>
 * </ul>
 * This class is the transport alone: everything about running an operation (per-request setup, limits, deadline,
 * error codes) is {@link GraphQLExecution}'s.
 */
@Controller("${graphql.path:/graphql}")
@Replaces(GraphQLController.class)
class GraphQLHttpController {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final String UTF8 = ";charset=utf-8";
    /** The two answer types with their charset, parsed once (not for every response). */
    private static final MediaType GRAPHQL_RESPONSE_JSON_UTF8 = MediaType.of(GRAPHQL_RESPONSE_JSON + UTF8);
    private static final MediaType APPLICATION_JSON_UTF8 = MediaType.of(MediaType.APPLICATION_JSON + UTF8);

    private final GraphQLExecution execution;
    private final ObjectMapper json;
    private final JsonBody bodies;

    GraphQLHttpController(GraphQLExecution execution, ObjectMapper json, RequestBodySettings bodySettings) {
        this.execution = execution;
        this.bodies = new JsonBody(bodySettings);
        // Micronaut's mapper leaves out empty and null values; a GraphQL response must keep them ("search": [])
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    @Get(produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> get(@QueryValue @Nullable String query,
                             @QueryValue @Nullable String operationName,
                             @QueryValue @Nullable String variables,
                             @QueryValue @Nullable String extensions,
                             HttpRequest<?> request) {
        String type = negotiate(request);
        if (query == null || query.isBlank()) {
            return requestError(type, HttpStatus.BAD_REQUEST, "a GET request needs the GraphQL document in the"
                    + " 'query' URL parameter");
        }
        Map<String, Object> variableMap;
        Map<String, Object> extensionMap;
        try {
            variableMap = jsonObjectParameter("variables", variables);
            extensionMap = jsonObjectParameter("extensions", extensions);
        } catch (BadRequest | JsonBody.BadJson e) {
            return requestError(type, HttpStatus.BAD_REQUEST, e.getMessage());
        }
        Optional<OperationDefinition.Operation> operation = execution.operationType(query, operationName);
        if (operation.isPresent() && operation.get() != OperationDefinition.Operation.QUERY) {
            return HttpResponse.<byte[]>status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header(HttpHeaders.ALLOW, "POST")
                    .contentType(withCharset(type))
                    .body(errorBody("only queries may be sent with GET; send a "
                            + operation.get().name().toLowerCase(Locale.ROOT) + " with POST", ErrorCode.METHOD_NOT_ALLOWED));
        }
        return respond(type, execute(new Request(query, operationName, variableMap, extensionMap), request));
    }

    @Post(consumes = MediaType.ALL, produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> post(@Body @Nullable String body, HttpRequest<?> request) {
        String type = negotiate(request);
        Optional<String> contentTypeProblem = contentTypeProblem(request);
        if (contentTypeProblem.isPresent()) {
            return requestError(type, HttpStatus.UNSUPPORTED_MEDIA_TYPE, contentTypeProblem.get());
        }
        if (body == null || body.isBlank()) {
            return requestError(type, HttpStatus.BAD_REQUEST, "the request has no body; send a JSON object with"
                    + " 'query' and optionally 'operationName', 'variables' and 'extensions'");
        }
        try {
            JsonNode tree = bodies.read(body, "the request body");
            if (tree != null && tree.isArray()) {
                return batch(type, tree, request);
            }
            return respond(type, execute(parseRequest(tree), request));
        } catch (BadRequest | JsonBody.BadJson e) {
            return requestError(type, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private HttpResponse<byte[]> batch(String type, JsonNode tree, HttpRequest<?> request) {
        int maxBatchSize = execution.maxBatchSize();
        if (maxBatchSize < 1) {
            throw new BadRequest("batched requests (a JSON array) are not accepted; send one operation per request");
        }
        if (tree.isEmpty() || tree.size() > maxBatchSize) {
            throw new BadRequest("a batch must hold 1 to " + maxBatchSize + " operations"
                    + " (roadmap.limits.max-batch-size), it held " + tree.size());
        }
        List<Request> requests = new ArrayList<>();
        tree.forEach(item -> requests.add(parseRequest(item)));
        List<Map<String, Object>> results = requests.stream().map(r -> execute(r, request).toSpecification()).toList();
        return HttpResponse.<byte[]>ok(write(results)).contentType(withCharset(type));
    }

    private Request parseRequest(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new BadRequest("the request body must be a JSON object with 'query' and optionally"
                    + " 'operationName', 'variables' and 'extensions'");
        }
        JsonNode query = tree.get("query");
        if (query == null || query.isNull()) {
            throw new BadRequest("the request has no 'query': send the GraphQL document as a string in 'query'");
        }
        if (!query.isTextual()) {
            throw new BadRequest("'query' must be a string holding the GraphQL document");
        }
        JsonNode operationName = tree.get("operationName");
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            throw new BadRequest("'operationName' must be a string or null");
        }
        return new Request(query.asText(),
                operationName == null || operationName.isNull() ? null : operationName.asText(),
                objectMember("variables", tree.get("variables")),
                objectMember("extensions", tree.get("extensions")));
    }

    private Map<String, Object> objectMember(String name, @Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new BadRequest("'" + name + "' must be a JSON object or null");
        }
        return JsonBody.plainObject(node);
    }

    private Map<String, Object> jsonObjectParameter(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        return objectMember(name, bodies.read(value, "the '" + name + "' URL parameter"));
    }

    /** Runs the operation, stopping it if the client closes the connection meanwhile. */
    private ExecutionResult execute(Request request, HttpRequest<?> http) {
        CompletableFuture<Void> clientGone = new CompletableFuture<>();
        // the token and the bookmark reach the fields about a learner; nothing else reads a header
        Caller caller = new Caller(http.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class),
                http.getHeaders().get(Caller.BOOKMARK_HEADER, String.class));
        if (!(http instanceof NettyHttpRequest<?> netty)) {
            return execution.execute(request.query(), request.operationName(), request.variables(),
                    request.extensions(), clientGone, caller);
        }
        ChannelFuture closed = netty.getChannelHandlerContext().channel().closeFuture();
        ChannelFutureListener listener = future -> clientGone.complete(null);
        closed.addListener(listener);
        try {
            return execution.execute(request.query(), request.operationName(), request.variables(),
                    request.extensions(), clientGone, caller);
        } finally {
            closed.removeListener(listener); // a kept-alive connection carries many requests
        }
    }

    private HttpResponse<byte[]> respond(String type, ExecutionResult result) {
        HttpStatus status = type.equals(GRAPHQL_RESPONSE_JSON) && !result.isDataPresent()
                ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return HttpResponse.<byte[]>status(status).contentType(withCharset(type))
                .body(write(result.toSpecification()));
    }

    /**
     * The media type of the answer: the acceptable one with the highest quality; application/json without an Accept
     * header. (Micronaut itself answers 406 when the header allows neither, from the {@code produces} list.)
     */
    static String negotiate(HttpRequest<?> request) {
        List<String> accepts = request.getHeaders().getAll(HttpHeaders.ACCEPT);
        String best = MediaType.APPLICATION_JSON;
        double bestQuality = 0;
        for (String header : accepts) {
            for (String range : header.split(",")) {
                String[] parts = range.trim().split(";");
                String name = parts[0].trim().toLowerCase(Locale.ROOT);
                double quality = quality(parts);
                String type = switch (name) {
                    case GRAPHQL_RESPONSE_JSON -> GRAPHQL_RESPONSE_JSON;
                    case MediaType.APPLICATION_JSON, "application/*", "*/*" -> MediaType.APPLICATION_JSON;
                    default -> null;
                };
                if (type != null && quality > bestQuality) {
                    best = type;
                    bestQuality = quality;
                }
            }
        }
        return best;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static Optional<String> contentTypeProblem(HttpRequest<?> request) {
        Optional<String> header = request.getHeaders().get(HttpHeaders.CONTENT_TYPE, String.class);
        if (header.isEmpty()) {
            return Optional.of("the request has no Content-Type; send the body as application/json");
        }
        String[] parts = header.get().split(";");
        if (!parts[0].trim().equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
            return Optional.of("Content-Type " + parts[0].trim() + " is not supported; send the body as"
                    + " application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].trim().replace("\"", "").equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
                return Optional.of("charset " + parameter[1].trim() + " is not supported; send UTF-8");
            }
        }
        return Optional.empty();
    }

    private static MediaType withCharset(String type) {
        return type.equals(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON_UTF8 : APPLICATION_JSON_UTF8;
    }

    private HttpResponse<byte[]> requestError(String type, HttpStatus status, String message) {
        return HttpResponse.<byte[]>status(status).contentType(withCharset(type))
                .body(errorBody(message, ErrorCode.BAD_REQUEST));
    }

    private byte[] errorBody(String message, ErrorCode code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code.name()));
        return write(Map.of("errors", List.of(error)));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value); // UTF-8, written as is
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a GraphQL response as JSON", e);
        }
    }

    private record Request(String query, @Nullable String operationName, Map<String, Object> variables,
                           Map<String, Object> extensions) {
    }

    /** A request that is not a GraphQL-over-HTTP request at all: 400 before anything runs. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
