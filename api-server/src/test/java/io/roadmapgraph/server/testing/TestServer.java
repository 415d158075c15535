package io.roadmapgraph.server.testing;

import io.roadmapgraph.testkit.SharedNeo4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.roadmapgraph.server.Application;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The api-server running in the test JVM on a free port, spoken to over real HTTP.
 *
 * <pre>{@code
 * class TopicIT {
 *     static final TestServer api = TestServer.shared();
 *
 *     @Test
 *     void answersATopicById() {
 *         GraphQLResponse response = api.graphql("topic", Map.of("id", "rag")).assertNoErrors();
 *         assertThat(response.at("/data/topic/title").asText()).isEqualTo("RAG");
 *     }
 * }
 * }</pre>
 *
 * {@link #shared()} is one server for the whole test run, over {@link SharedNeo4j} with the bundled AI Engineer
 * roadmap loaded. {@link #start(Map)} starts another one with extra properties (close it); it uses the shared Neo4j
 * too unless the properties say otherwise, and starts in about a second.
 */
public final class TestServer implements AutoCloseable {

    /** Where {@link #graphql(String, Map)} finds operations: {@code src/test/resources/graphql/<name>.graphql}. */
    public static final String OPERATIONS = "/graphql/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TestServer shared;

    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final HttpClient http;

    private TestServer(ApplicationContext context) {
        this.context = context;
        this.server = context.getBean(EmbeddedServer.class);
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** The server every API test shares; started on first use, stopped when the test JVM exits. */
    public static synchronized TestServer shared() {
        if (shared == null) {
            TestServer started = start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-api-server-stop"));
            shared = started;
        }
        return shared;
    }

    /**
     * A new server; {@code properties} override the test defaults (free HTTP port, {@code neo4j.uri} = the shared
     * Neo4j). Pass {@code "neo4j.uri", ""} for the server's own embedded Neo4j.
     */
    public static TestServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>();
        all.put("micronaut.server.port", -1);
        all.put("micronaut.server.host", "127.0.0.1");
        all.putAll(properties);
        if (!all.containsKey("neo4j.uri")) {
            all.put("neo4j.uri", SharedNeo4j.boltUri().toString());
        }
        ApplicationContext context = ApplicationContext.builder()
                .mainClass(Application.class)
                .environments("test")
                .properties(all)
                .start();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            return new TestServer(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Runs the operation in {@code src/test/resources/graphql/<operation>.graphql} with these variables. */
    public GraphQLResponse graphql(String operation, Map<String, ?> variables) {
        return query(operation(operation), variables);
    }

    /** Runs the operation in {@code src/test/resources/graphql/<operation>.graphql} without variables. */
    public GraphQLResponse graphql(String operation) {
        return graphql(operation, Map.of());
    }

    /** POSTs a GraphQL document (not a file name) with these variables to {@code /graphql}. */
    public GraphQLResponse query(String document, Map<String, ?> variables) {
        return query(document, variables, Map.of());
    }

    /** POSTs a GraphQL document with these variables and extra headers ({@code Authorization}...). */
    public GraphQLResponse query(String document, Map<String, ?> variables, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Objects.requireNonNull(document, "document"));
        body.put("variables", Objects.requireNonNull(variables, "variables"));
        try {
            return post("/graphql", JSON.writeValueAsString(body), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("variables cannot be written as JSON: " + variables, e);
        }
    }

    /** POSTs a raw JSON body to a path, with extra headers (e.g. {@code Origin}). */
    public GraphQLResponse post(String path, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        return send(request.build());
    }

    /** GETs a path, with extra headers. */
    public GraphQLResponse get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET().build());
    }

    /** Sends any request (e.g. a CORS preflight: {@code OPTIONS}) to a path, with extra headers. */
    public GraphQLResponse send(String method, String path, Map<String, String> headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public URI uri(String path) {
        return server.getURI().resolve(path);
    }

    /** The running application, for beans such as the Neo4j connection. */
    public ApplicationContext context() {
        return context;
    }

    /** Reads {@code src/test/resources/graphql/<name>.graphql} (the extension is optional). */
    public static String operation(String name) {
        String file = OPERATIONS + (name.endsWith(".graphql") ? name : name + ".graphql");
        try (InputStream in = TestServer.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no GraphQL operation " + file + " in src/test/resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        headers.forEach(request::header);
        return request;
    }

    private GraphQLResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new GraphQLResponse(response.statusCode(), response.headers(), response.body(),
                    parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
