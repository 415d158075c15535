package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.roadmapgraph.server.graphql.execution.Caller;
import io.roadmapgraph.server.graphql.execution.EncodedNodes;
import io.roadmapgraph.server.graphql.execution.ErrorCode;
import io.roadmapgraph.server.graphql.execution.GraphQLExecution;
import io.roadmapgraph.server.web.InternalErrors;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * {@code /graphql} by the GraphQL-over-HTTP specification, whoever carries the request: {@link GraphQLHttpController}
 * (every request Micronaut routes) and {@link GraphQLFastPath} (plain POSTs answered in front of Micronaut's
 * pipeline) both answer through this class, so the two give the same status, media type and bytes.
 * <ul>
 *   <li>POST with {@code Content-Type: application/json} (UTF-8); anything else is 415, no body or a body that is
 *       not a JSON object with a string {@code query} is 400. A JSON array (a batch) is taken only when
 *       {@code roadmap.limits.max-batch-size} allows it.</li>
 *   <li>GET with {@code query}, {@code operationName}, {@code variables} and {@code extensions} (JSON) in the URL,
 *       for queries only: a mutation or subscription over GET is 405.</li>
 *   <li>{@code Accept}: {@code application/graphql-response+json} or {@code application/json} (also for a missing
 *       header and {@code *}{@code /*}); nothing acceptable is 406 (Micronaut's, from the controller's
 *       {@code produces}).</li>
 *   <li>Status: with {@code application/json} every GraphQL response is 200; with
 *       {@code application/graphql-response+json} a response without {@code data} (parse, validation, variable and
 *       limit errors) is 400.</li>
 * </ul>
 * Everything about running an operation (per-request setup, limits, deadline, error codes) is
 * {@link GraphQLExecution}'s.
 */
@Singleton
final class GraphQLOverHttp {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String UTF8 = ";charset=utf-8";

    private final GraphQLExecution execution;
    private final ObjectMapper json;
    private final JsonBody bodies;
    /** Topics' and projects' JSON encoded once per snapshot by {@link #json}, copied into the answers it writes. */
    private final EncodedNodes nodes;

    GraphQLOverHttp(GraphQLExecution execution, ObjectMapper json, RequestBodySettings bodySettings) {
        this.execution = execution;
        this.bodies = new JsonBody(bodySettings);
        // Micronaut's mapper leaves out empty and null values; a GraphQL response must keep them ("search": [])
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
        this.nodes = execution.encodedNodes(this.json);
    }

    /**
     * An answer: its status, its media type with the charset ({@code application/json;charset=utf-8}), the body and
     * the headers beyond those ({@code Allow}).
     */
    record Answer(int status, String contentType, List<byte[]> parts, Map<String, String> headers) {
        Answer {
            parts = List.copyOf(parts);
            headers = Map.copyOf(headers);
        }

        Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
            this(status, contentType, List.of(body), headers);
        }

        /** The body in one array (the fast path hands its {@link #parts} to Netty as they are). */
        byte[] body() {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            int length = 0;
            for (byte[] part : parts) {
                length += part.length;
            }
            byte[] body = new byte[length];
            int at = 0;
            for (byte[] part : parts) {
                System.arraycopy(part, 0, body, at, part.length);
                at += part.length;
            }
            return body;
        }
    }

    /** A POST: the media type negotiated, the {@code Content-Type} header and the body as sent. */
    Answer post(String type, @Nullable String contentType, @Nullable String body, Caller caller,
                CompletionStage<?> clientGone) {
        Optional<String> contentTypeProblem = contentTypeProblem(contentType);
        if (contentTypeProblem.isPresent()) {
            return requestError(type, 415, contentTypeProblem.get());
        }
        if (body == null || body.isBlank()) {
            return requestError(type, 400, "the request has no body; send a JSON object with"
                    + " 'query' and optionally 'operationName', 'variables' and 'extensions'");
        }
        try {
            JsonNode tree = bodies.read(body, "the request body");
            if (tree != null && tree.isArray()) {
                return batch(type, tree, caller, clientGone);
            }
            return respond(type, execute(parseRequest(tree), caller, clientGone));
        } catch (BadRequest | JsonBody.BadJson e) {
            return requestError(type, 400, e.getMessage());
        }
    }

    /** A GET with its URL parameters (null when absent). */
    Answer get(String type, @Nullable String query, @Nullable String operationName, @Nullable String variables,
               @Nullable String extensions, Caller caller, CompletionStage<?> clientGone) {
        if (query == null || query.isBlank()) {
            return requestError(type, 400, "a GET request needs the GraphQL document in the 'query' URL parameter");
        }
        Map<String, Object> variableMap;
        Map<String, Object> extensionMap;
        try {
            variableMap = jsonObjectParameter("variables", variables);
            extensionMap = jsonObjectParameter("extensions", extensions);
        } catch (BadRequest | JsonBody.BadJson e) {
            return requestError(type, 400, e.getMessage());
        }
        Optional<OperationDefinition.Operation> operation = execution.operationType(query, operationName);
        if (operation.isPresent() && operation.get() != OperationDefinition.Operation.QUERY) {
            return new Answer(405, withCharset(type), errorBody("only queries may be sent with GET; send a "
                    + operation.get().name().toLowerCase(Locale.ROOT) + " with POST", ErrorCode.METHOD_NOT_ALLOWED),
                    Map.of(HttpHeaders.ALLOW, "POST"));
        }
        return respond(type, execute(new Request(query, operationName, variableMap, extensionMap), caller,
                clientGone));
    }

    /**
     * Runs {@code work} with a stage that completes when {@code channel} closes meanwhile (the client left, so nobody
     * would read the answer), and stops listening afterwards: a kept-alive connection carries many requests.
     */
    static <T> T untilClosed(Channel channel, Function<CompletionStage<?>, T> work) {
        CompletableFuture<Void> clientGone = new CompletableFuture<>();
        ChannelFuture closed = channel.closeFuture();
        ChannelFutureListener listener = future -> clientGone.complete(null);
        closed.addListener(listener);
        try {
            return work.apply(clientGone);
        } finally {
            closed.removeListener(listener);
        }
    }

    private Answer batch(String type, JsonNode tree, Caller caller, CompletionStage<?> clientGone) {
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
        List<Map<String, Object>> results = requests.stream()
                .map(r -> execute(r, caller, clientGone).toSpecification()).toList();
        return new Answer(200, withCharset(type), writeInParts(results), Map.of());
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

    private ExecutionResult execute(Request request, Caller caller, CompletionStage<?> clientGone) {
        return execution.execute(request.query(), request.operationName(), request.variables(),
                request.extensions(), clientGone, caller, nodes);
    }

    private Answer respond(String type, ExecutionResult result) {
        int status = type.equals(GRAPHQL_RESPONSE_JSON) && !result.isDataPresent() ? 400 : 200;
        return new Answer(status, withCharset(type), writeInParts(result.toSpecification()), Map.of());
    }

    /**
     * The media type of the answer for these {@code Accept} headers: the acceptable one with the highest quality;
     * application/json without an Accept header.
     */
    static String negotiate(List<String> accepts) {
        String best = MediaType.APPLICATION_JSON;
        double bestQuality = 0;
        for (String header : accepts) {
            for (String range : header.split(",")) {
                String[] parts = range.trim().split(";");
                String type = answerType(parts[0]);
                double quality = quality(parts);
                if (type != null && quality > bestQuality) {
                    best = type;
                    bestQuality = quality;
                }
            }
        }
        return best;
    }

    /**
     * Whether every media range of these {@code Accept} headers is one of the two answer types or {@code *}{@code /*}
     * with nothing but a positive quality: an {@code Accept} that needs no more negotiation than {@link #negotiate}'s
     * (Micronaut's own check of the controller's {@code produces} passes it; it refuses {@code application/*} with
     * 406, for one).
     */
    static boolean plainlyAcceptable(List<String> accepts) {
        for (String header : accepts) {
            for (String range : header.split(",")) {
                String[] parts = range.trim().split(";");
                String name = parts[0].trim().toLowerCase(Locale.ROOT);
                if (!name.equals(GRAPHQL_RESPONSE_JSON) && !name.equals(MediaType.APPLICATION_JSON)
                        && !name.equals("*/*")) {
                    return false;
                }
                for (int i = 1; i < parts.length; i++) {
                    if (!parts[i].trim().startsWith("q=")) {
                        return false;
                    }
                }
                if (!(quality(parts) > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Nullable
    private static String answerType(String range) {
        return switch (range.trim().toLowerCase(Locale.ROOT)) {
            case GRAPHQL_RESPONSE_JSON -> GRAPHQL_RESPONSE_JSON;
            case MediaType.APPLICATION_JSON, "application/*", "*/*" -> MediaType.APPLICATION_JSON;
            default -> null;
        };
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

    /** What is wrong with this {@code Content-Type} header for a POST (absent: null), if anything. */
    static Optional<String> contentTypeProblem(@Nullable String header) {
        if (header == null) {
            return Optional.of("the request has no Content-Type; send the body as application/json");
        }
        String[] parts = header.split(";");
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

    static String withCharset(String type) {
        return type + UTF8;
    }

    /**
     * The body of {@link InternalErrors}' 500, for an answer made outside Micronaut's exception handling: written once,
     * without the GraphQL engine (an answer that failed because the engine could not be made still gets it).
     */
    static byte[] internalErrorBody(ObjectMapper json) {
        try {
            return json.writeValueAsBytes(InternalErrors.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the body of a 500 as JSON", e);
        }
    }

    private Answer requestError(String type, int status, String message) {
        return new Answer(status, withCharset(type), errorBody(message, ErrorCode.BAD_REQUEST), Map.of());
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

    /** An answer's bytes in parts ({@link ChunkedBody}): the same bytes as {@link #write}. */
    private List<byte[]> writeInParts(Object value) {
        ChunkedBody body = new ChunkedBody();
        try {
            json.writeValue(body, value); // UTF-8, written as is
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a GraphQL response as JSON", e);
        }
        return body.parts();
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
